import type { Route } from "next";
import { GRADES, OUTCOMES, OUTCOME_LABELS, OUTCOME_SHORT_LABELS, GRADE_LABELS, type Grade, type Outcome } from "../content/vocabulary";
import type { Catalog, Modality } from "./catalog";
import { outcomeEvidence, whyAnchor, type ForestGroup } from "./evidence";

/** The map's orders: the catalog's (by category) or strongest evidence first for one outcome. */
export type MapSort = "category" | Outcome;

export const isMapSort = (value: string): value is MapSort => value === "category" || (OUTCOMES as readonly string[]).includes(value);

export const mapSortHref = (sort: MapSort): Route => (sort === "category" ? "/evidence" : (`/evidence/by/${sort}` as Route));

export interface MapCell {
  outcome: Outcome;
  grade: Grade;
  /** The method page's "why this grade" for this outcome. */
  href: Route;
}

export interface MapRow {
  slug: string;
  title: string;
  href: Route;
  cells: MapCell[];
}

export interface MapColumn {
  outcome: Outcome;
  label: string;
  shortLabel: string;
  href: Route;
}

export interface EvidenceMap {
  sort: MapSort;
  columns: MapColumn[];
  rows: MapRow[];
  /** For an outcome order: every method's standardised results for it, one group per method, headed by its name and grade. */
  plot: ForestGroup[];
}

const rank = (m: Modality, outcome: Outcome) => GRADES.indexOf(m.grades[outcome].grade);

/** Every method against every outcome, in one order; cells link to the reason for each grade. */
export function evidenceMap(catalog: Catalog, sort: MapSort): EvidenceMap {
  const methods =
    sort === "category"
      ? [...catalog.modalities]
      : [...catalog.modalities].sort((a, b) => rank(a, sort) - rank(b, sort) || a.title.localeCompare(b.title, "en"));
  const plot =
    sort === "category"
      ? []
      : methods.flatMap((m): ForestGroup[] => {
          const evidence = outcomeEvidence(m, sort);
          return evidence.plot.length ? [{ title: m.title, note: GRADE_LABELS[evidence.grade], points: evidence.plot }] : [];
        });
  return {
    sort,
    columns: OUTCOMES.map((o) => ({ outcome: o, label: OUTCOME_LABELS[o], shortLabel: OUTCOME_SHORT_LABELS[o], href: mapSortHref(o) })),
    rows: methods.map((m) => ({
      slug: m.slug,
      title: m.title,
      href: m.href,
      cells: OUTCOMES.map((o) => ({ outcome: o, grade: m.grades[o].grade, href: `${m.href}#${whyAnchor(o)}` as Route })),
    })),
    plot,
  };
}
