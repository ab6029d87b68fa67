import type { Route } from "next";
import type { Catalog, Modality, Study } from "./catalog";
import { collections } from "../content/collections";
import { POPULATIONS, POPULATION_LABELS, STUDY_KINDS, STUDY_KIND_LABELS, OUTCOMES, OUTCOME_LABELS, type Outcome } from "../content/vocabulary";
import { citeLabel } from "../content/citation-syntax";

/** The orders the studies index offers; the first is the index itself, the others have a page each. */
export const STUDY_SORTS = ["year", "kind", "population"] as const;
export type StudySort = (typeof STUDY_SORTS)[number];

export const STUDY_SORT_LABELS: Record<StudySort, string> = { year: "Year", kind: "Kind", population: "Population" };

export function isStudySort(value: string): value is StudySort {
  return (STUDY_SORTS as readonly string[]).includes(value);
}

/** Where the index sorted by `sort` lives: the index itself for the default order. */
export function studySortHref(sort: StudySort): Route {
  return (sort === STUDY_SORTS[0] ? collections.studies.index : `${collections.studies.index}/by/${sort}`) as Route;
}

/** One row of the studies index: plain data for the table. */
export interface StudyRow {
  slug: string;
  href: Route;
  cite: string;
  title: string;
  year: string;
  kind: string;
  population: string;
  /** How many published articles cite it. */
  citedBy: number;
}

const rank = <T extends string>(list: readonly T[], value: T | undefined) => (value === undefined ? list.length : list.indexOf(value));

const ORDERS: Record<StudySort, (a: Study, b: Study) => number> = {
  // Newest first, undated last.
  year: (a, b) => (b.year ?? 0) - (a.year ?? 0),
  // Strongest kind of evidence first, as the vocabulary lists them.
  kind: (a, b) => rank(STUDY_KINDS, a.kind) - rank(STUDY_KINDS, b.kind),
  // Nearest to runners first; works that studied nobody (makers' pages) last.
  population: (a, b) => rank(POPULATIONS, a.population) - rank(POPULATIONS, b.population),
};

export function studyRows(catalog: Catalog, sort: StudySort): StudyRow[] {
  const byCite = (a: Study, b: Study) => citeLabel(a).localeCompare(citeLabel(b), "en") || a.slug.localeCompare(b.slug);
  return [...catalog.studies]
    .sort((a, b) => ORDERS[sort](a, b) || (sort === "year" ? 0 : ORDERS.year(a, b)) || byCite(a, b))
    .map((s) => ({
      slug: s.slug,
      href: s.href,
      cite: citeLabel(s),
      title: s.title,
      year: s.year ? String(s.year) : "n.d.",
      kind: STUDY_KIND_LABELS[s.kind],
      population: s.population ? POPULATION_LABELS[s.population] : "Not applicable",
      citedBy: catalog.citing("studies", s.slug).reduce((n, group) => n + group.entries.length, 0),
    }));
}

/** Who cites a study, as its page lists them: each citing entry, and for a method the outcomes whose grade rests on it. */
export interface Citation {
  collection: string;
  entries: { href: Route; title: string; grades: string[] }[];
}

export function citationsOf(catalog: Catalog, slug: string): Citation[] {
  return catalog.citing("studies", slug).map((group) => ({
    collection: collections[group.collection].labelPlural,
    entries: group.entries.map((entry) => ({
      href: entry.href,
      title: entry.title,
      grades:
        group.collection === "modalities"
          ? OUTCOMES.filter((o: Outcome) => (entry as Modality).evidence[o].entries.some((e) => e.study === slug)).map((o) => OUTCOME_LABELS[o])
          : [],
    })),
  }));
}
