import type { Route } from "next";
import type { PlanRule } from "../content/plan-rules";
import { MARKETS, OUTCOMES, type Grade, type Market, type ModalityCategory, type Outcome } from "../content/vocabulary";
import type { SETTINGS, SITUATIONS, BODY_AREAS } from "../content/vocabulary";
import type { Catalog } from "./catalog";
import { whyAnchor } from "./evidence";
import { citeLabel } from "../content/citation-syntax";
import { priceIn } from "./markets";
import { toolVerdicts } from "./picks";

/** A method as the planner weighs it: plain data, so the same planner runs in the browser. */
export interface PlanMethod {
  slug: string;
  title: string;
  href: Route;
  category: ModalityCategory;
  foundation: boolean;
  grades: Record<Outcome, Grade>;
  /** Where each grade's reasons are shown on the method's page. */
  why: Record<Outcome, Route>;
  /** The low end of one session's length, when the page gives one. */
  minutes?: number;
  /** Whether it can be done at no cost (its cost starts at zero, or it names none). */
  free: boolean;
  setting: (typeof SETTINGS)[number][];
  situations: (typeof SITUATIONS)[number][];
  bodyAreas: (typeof BODY_AREAS)[number][];
}

export interface PlanTool {
  slug: string;
  title: string;
  href: Route;
  /** The methods it delivers, main one first. */
  methods: string[];
  prices: Partial<Record<Market, { amount: number; currency: string }>>;
  /** Set when a buying guide picks it: the role, and the guide. */
  pick?: { role: string; rank: number; guide: Route };
  /** A buying guide says to skip it, so the planner never suggests buying it. */
  skipped: boolean;
  discontinued: boolean;
}

export interface PlanStudy {
  title: string;
  href: Route;
}

export type PlanRuleData = Omit<PlanRule, "studies"> & { studies: PlanStudy[] };

/** Everything the planner needs, built once per catalog on the server and handed to the browser as is. */
export interface PlanData {
  methods: PlanMethod[];
  tools: PlanTool[];
  rules: PlanRuleData[];
}

const built = new WeakMap<Catalog, PlanData>();

/**
 * The catalog as the planner reads it. A rule naming a method or study that is not published (a
 * draft) is left out in production, as its link would be.
 */
export function planData(catalog: Catalog): PlanData {
  const cached = built.get(catalog);
  if (cached) return cached;
  const { picks, skipped } = toolVerdicts(catalog);
  const methods = catalog.modalities.map(
    (m): PlanMethod => ({
      slug: m.slug,
      title: m.title,
      href: m.href,
      category: m.category,
      foundation: m.category === "foundations",
      grades: Object.fromEntries(OUTCOMES.map((o) => [o, m.grades[o].grade])) as Record<Outcome, Grade>,
      why: Object.fromEntries(OUTCOMES.map((o) => [o, `${m.href}#${whyAnchor(o)}` as Route])) as Record<Outcome, Route>,
      minutes: m.sessionMinutes?.min,
      free: !m.cost || m.cost.from === 0,
      setting: [...m.setting],
      situations: [...m.situations],
      bodyAreas: [...m.bodyAreas],
    }),
  );
  const tools = catalog.tools.map((t): PlanTool => {
    const pick = picks.get(t.slug);
    return {
      slug: t.slug,
      title: t.title,
      href: t.href,
      methods: catalog.modalitiesForTool(t.slug).map((m) => m.slug),
      prices: Object.fromEntries(
        MARKETS.flatMap((market) => {
          const p = priceIn(t, market);
          return p ? [[market, { amount: p.amount, currency: p.currency }]] : [];
        }),
      ),
      pick: pick && { role: pick.role, rank: pick.rank, guide: pick.guide.href },
      skipped: skipped.has(t.slug),
      discontinued: Boolean(t.replacedBy),
    };
  });
  const rules = (catalog.planner?.rules ?? []).flatMap((rule): PlanRuleData[] => {
    const named = [rule.do, rule.skip].filter((s): s is string => Boolean(s));
    if (named.some((s) => !catalog.modality(s))) return [];
    const studies = rule.studies.flatMap((s) => {
      const study = catalog.study(s);
      return study ? [{ title: citeLabel(study), href: study.href }] : [];
    });
    return studies.length ? [{ ...rule, studies }] : [];
  });
  const data = { methods, tools, rules };
  built.set(catalog, data);
  return data;
}
