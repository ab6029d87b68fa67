import { join } from "node:path";
import { ContentError } from "../content/issues";
import { contentSignature, loadContent, type Entry, type Guide, type LoadedContent, type Study, type Tool } from "../content/load";
import { COLLECTION_NAMES, entryHref, referenceFieldsOf, type CollectionName } from "../content/collections";
import { writtenReferences } from "../content/references";
import { citeLabel } from "../content/citation-syntax";
import { CATEGORY_LABELS, MODALITY_CATEGORIES, OUTCOMES, type ModalityCategory, type Outcome } from "../content/vocabulary";
import { grade, weigh, type Grading as GradingOf } from "./grading";
import { TOOL_CATEGORY_SLUGS, type ToolCategorySlug } from "../content/benches";
import { fillQuotes, type QuoteSources } from "./quotes";
import { citedText, type CitedText } from "./cited-text";
import type { PlannerContent } from "../content/plan-rules";
import type { SearchVocabulary } from "../content/search-vocabulary";

export type { Entry, Guide, Study, Tool };
/** An outcome's grade, the rule that decided it and the entries it weighed, each with its study. */
export type Grading = GradingOf<Study>;

/**
 * A method with the grade of each outcome, computed from its evidence entries by the site's rule,
 * and its risks line with each citation linked to its study, as citations in a body are.
 */
export type Modality = Entry<"modalities"> & { readonly grades: Readonly<Record<Outcome, Grading>>; readonly risksCited?: CitedText };

/** An entry as the catalog hands it out: modalities carry their computed grades. */
export type CatalogEntry<C extends CollectionName> = C extends "modalities" ? Modality : Entry<C>;
export type AnyEntry = { [C in CollectionName]: CatalogEntry<C> }[CollectionName];
type CatalogContent = { [C in CollectionName]: CatalogEntry<C>[] };

/** Entries of one collection that reference a given entry. */
export interface Backlinks<C extends CollectionName = CollectionName> {
  collection: C;
  entries: readonly CatalogEntry<C>[];
}

export interface CategoryGroup {
  category: ModalityCategory;
  label: string;
  modalities: readonly Modality[];
}

/**
 * Every cross-link of the site, resolved once. Orders (stable, so pages and tests agree):
 * - modalities: by category (the order of MODALITY_CATEGORIES), then title;
 * - tools: by title; guides: by `order`, then title;
 * - toolsForModality: by title;
 * - modalitiesForTool: in the order the tool's frontmatter lists them (its main modality first);
 * - relatedTools: most modalities shared first, then title;
 * - modalitiesForGuide, toolsForGuide: in the order the guide lists them;
 * - studies: newest first, then by authors; studiesCitedBy: in the order the entry first cites them;
 * - citing: collections in registry order, each by title.
 */
export interface Catalog {
  readonly modalities: readonly Modality[];
  readonly tools: readonly Tool[];
  readonly guides: readonly Guide[];
  readonly studies: readonly Study[];
  /** The planner's rule table and the page that explains it (content/planner.md), when the site has one. */
  readonly planner?: PlannerContent;
  /** The words runners type mapped to the site's (content/search-vocabulary.md), when the site has one. */
  readonly searchVocabulary?: SearchVocabulary;
  entries<C extends CollectionName>(collection: C): readonly CatalogEntry<C>[];
  entry<C extends CollectionName>(collection: C, slug: string): CatalogEntry<C> | undefined;
  modality(slug: string): Modality | undefined;
  tool(slug: string): Tool | undefined;
  guide(slug: string): Guide | undefined;
  study(slug: string): Study | undefined;
  /** The study a citation in running text names by its label: "Machado 2016". */
  citedAs(label: string): Study | undefined;
  /** The published entries an entry references through its `ref()` fields, per field, in the order written. */
  references(collection: CollectionName, slug: string, field: string): readonly AnyEntry[];
  /** Every published entry that references this one, grouped by collection (empty groups left out). */
  citing(collection: CollectionName, slug: string): readonly Backlinks[];
  /** The studies an entry cites anywhere in its frontmatter (evidence grades and reference list), each once. */
  studiesCitedBy(collection: CollectionName, slug: string): readonly Study[];
  toolsForModality(slug: string): readonly Tool[];
  modalitiesForTool(slug: string): readonly Modality[];
  relatedTools(slug: string): readonly Tool[];
  /** The cheaper alternative a tool names (a tool first, else a modality), if it is published. */
  alternativeFor(slug: string): Alternative | undefined;
  modalitiesForGuide(slug: string): readonly Modality[];
  toolsForGuide(slug: string): readonly Tool[];
  modalitiesByCategory(): readonly CategoryGroup[];
}

export type Alternative = { kind: "tool"; entry: Tool } | { kind: "modality"; entry: Modality };

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, "en");

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const key = (collection: CollectionName, slug: string) => `${collection}/${slug}`;

/**
 * Each outcome of a method graded from its entries. An entry whose study is not published (a
 * draft, in development) is left out, as its link would be.
 */
function graded(modality: Entry<"modalities">, studies: ReadonlyMap<string, Study>): Modality {
  const grades = Object.fromEntries(
    OUTCOMES.map((outcome) => {
      const weighed = modality.evidence[outcome].entries.flatMap((entry) => {
        const study = studies.get(entry.study);
        return study ? [weigh(entry, study)] : [];
      });
      return [outcome, grade(weighed)];
    }),
  ) as Record<Outcome, Grading>;
  return { ...modality, grades };
}

/** Builds the catalog from already validated content. Links to entries that are absent (drafts) are dropped. */
export function buildCatalog(content: LoadedContent): Catalog {
  const categoryRank = (m: Modality) => MODALITY_CATEGORIES.indexOf(m.category);
  const studyBySlug = new Map(content.studies.map((s) => [s.slug, s]));
  const gradedBySlug = new Map(content.modalities.map((m) => [m.slug, graded(m, studyBySlug)]));
  const toolBySlug = new Map(content.tools.map((t) => [t.slug, t]));
  // Quotes in bodies are filled in here, once grades exist; the rendered Markdown itself is
  // shared with the content cache, so it is copied, never changed.
  const studyByLabel = new Map(content.studies.map((s) => [citeLabel(s), s]));
  const quoteSources: QuoteSources = {
    modality: (s) => gradedBySlug.get(s),
    study: (s) => studyBySlug.get(s),
    tool: (s) => toolBySlug.get(s),
    citedAs: (label) => studyByLabel.get(label),
  };
  // `self` is the page the body is shown on: a quote of its own fact is not linked to itself.
  const filled = <E extends { body: Entry<"guides">["body"] }>(e: E, self?: string): E =>
    e.body.quotes.length || e.body.citations.length ? { ...e, body: { ...e.body, html: fillQuotes(e.body.html, quoteSources, self) } } : e;
  const filledIn =
    (collection: CollectionName) =>
    <E extends { slug: string; body: Entry<"guides">["body"] }>(e: E): E =>
      filled(e, entryHref(collection, e.slug));
  // Frontmatter lines are plain text, not Markdown: the risks line's citations are linked here, once.
  const risksLinked = (m: Modality): Modality => (m.risks ? { ...m, risksCited: citedText(m.risks, quoteSources.citedAs) } : m);
  const sorted: CatalogContent = {
    modalities: [...gradedBySlug.values()].map(filledIn("modalities")).map(risksLinked).sort((a, b) => categoryRank(a) - categoryRank(b) || byTitle(a, b)),
    tools: content.tools.map(filledIn("tools")).sort(byTitle),
    guides: content.guides.map(filledIn("guides")).sort((a, b) => a.order - b.order || byTitle(a, b)),
    // Buying guides in the order of the categories' own list.
    categories: content.categories.map(filledIn("categories")).sort((a, b) => TOOL_CATEGORY_SLUGS.indexOf(a.slug as ToolCategorySlug) - TOOL_CATEGORY_SLUGS.indexOf(b.slug as ToolCategorySlug)),
    studies: content.studies.map(filledIn("studies")).sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.authors.localeCompare(b.authors, "en")),
  };
  const { modalities, tools, guides, studies } = sorted;
  const bySlug = new Map<string, AnyEntry>(COLLECTION_NAMES.flatMap((c) => sorted[c].map((e) => [key(c, e.slug), e] as const)));
  const find = <C extends CollectionName>(collection: C, slug: string) => bySlug.get(key(collection, slug)) as CatalogEntry<C> | undefined;

  // Every reference of every entry, resolved once through the schemas' ref() fields.
  const outgoing = new Map<string, Map<string, AnyEntry[]>>();
  const incoming = new Map<string, Map<CollectionName, Set<AnyEntry>>>();
  for (const collection of COLLECTION_NAMES) {
    for (const from of sorted[collection]) {
      const fields = new Map<string, AnyEntry[]>();
      for (const written of writtenReferences(from, referenceFieldsOf(collection))) {
        const to = find(written.target, written.slug);
        if (!to) continue;
        const list = fields.get(written.field) ?? [];
        if (!list.includes(to)) list.push(to);
        fields.set(written.field, list);
        const groups = incoming.get(key(written.target, written.slug)) ?? new Map<CollectionName, Set<AnyEntry>>();
        groups.set(collection, (groups.get(collection) ?? new Set()).add(from));
        incoming.set(key(written.target, written.slug), groups);
      }
      outgoing.set(key(collection, from.slug), fields);
    }
  }
  const referencesOf = (collection: CollectionName, slug: string, field: string): readonly AnyEntry[] =>
    outgoing.get(key(collection, slug))?.get(field) ?? none;
  const citingOf = new Map<string, Backlinks[]>(
    [...incoming].map(([target, groups]) => [
      target,
      COLLECTION_NAMES.flatMap((c) => {
        const entries = [...(groups.get(c) ?? [])].sort(byTitle);
        return entries.length ? [{ collection: c, entries } as Backlinks] : [];
      }),
    ]),
  );
  const isStudy = new Set<AnyEntry>(studies);
  const studiesOf = new Map<string, Study[]>(
    [...outgoing].map(([from, fields]) => [
      from,
      [...new Set([...fields.values()].flat().filter((e): e is Study => isStudy.has(e)))],
    ]),
  );

  const modalitiesOf = new Map<string, Modality[]>(tools.map((t) => [t.slug, referencesOf("tools", t.slug, "modalities.*") as Modality[]]));
  // Built from each tool's own list rather than by scanning every tool for every modality, which
  // grew with the square of the catalog. Tools are visited in title order, so each list is too.
  const toolsOf = new Map<string, Tool[]>(modalities.map((m) => [m.slug, []]));
  for (const t of tools) for (const m of modalitiesOf.get(t.slug)!) toolsOf.get(m.slug)!.push(t);
  const relatedOf = new Map<string, Tool[]>(
    tools.map((t) => {
      const shared = new Map<Tool, number>();
      for (const m of modalitiesOf.get(t.slug)!) {
        for (const o of toolsOf.get(m.slug)!) if (o !== t) shared.set(o, (shared.get(o) ?? 0) + 1);
      }
      const related = [...shared.keys()].sort((a, b) => shared.get(b)! - shared.get(a)! || byTitle(a, b));
      return [t.slug, related];
    }),
  );
  const alternatives = new Map<string, Alternative>();
  for (const t of tools) {
    const [tool] = referencesOf("tools", t.slug, "alternative.tool") as Tool[];
    const [modality] = referencesOf("tools", t.slug, "alternative.modality") as Modality[];
    if (tool) alternatives.set(t.slug, { kind: "tool", entry: tool });
    else if (modality) alternatives.set(t.slug, { kind: "modality", entry: modality });
  }

  const groups: CategoryGroup[] = MODALITY_CATEGORIES.map((category) => ({
    category,
    label: CATEGORY_LABELS[category],
    modalities: modalities.filter((m) => m.category === category),
  })).filter((g) => g.modalities.length > 0);

  deepFreeze([
    sorted,
    groups,
    [...modalitiesOf.values(), ...toolsOf.values(), ...relatedOf.values(), ...alternatives.values()],
    [...outgoing.values()].flatMap((fields) => [...fields.values()]),
    [...citingOf.values(), ...studiesOf.values()],
  ]);

  const planner = content.planner && deepFreeze(filled(content.planner));

  return Object.freeze({
    modalities,
    tools,
    guides,
    studies,
    planner,
    searchVocabulary: content.searchVocabulary && deepFreeze(content.searchVocabulary),
    entries: <C extends CollectionName>(collection: C) => sorted[collection] as readonly CatalogEntry<C>[],
    entry: find,
    modality: (slug: string) => find("modalities", slug),
    tool: (slug: string) => find("tools", slug),
    guide: (slug: string) => find("guides", slug),
    study: (slug: string) => find("studies", slug),
    citedAs: (label: string) => {
      const study = studyByLabel.get(label);
      return study && find("studies", study.slug);
    },
    references: referencesOf,
    citing: (collection: CollectionName, slug: string) => citingOf.get(key(collection, slug)) ?? none,
    studiesCitedBy: (collection: CollectionName, slug: string) => studiesOf.get(key(collection, slug)) ?? none,
    toolsForModality: (slug: string) => toolsOf.get(slug) ?? none,
    modalitiesForTool: (slug: string) => modalitiesOf.get(slug) ?? none,
    relatedTools: (slug: string) => relatedOf.get(slug) ?? none,
    alternativeFor: (slug: string) => alternatives.get(slug),
    modalitiesForGuide: (slug: string) => referencesOf("guides", slug, "modalities.*") as readonly Modality[],
    toolsForGuide: (slug: string) => referencesOf("guides", slug, "tools.*") as readonly Tool[],
    modalitiesByCategory: () => groups,
  });
}

const none: readonly never[] = Object.freeze([]);

let cached: { catalog: Catalog; signature: string } | undefined;

// RECOVERY_CONTENT_DIR points a build at other articles; the build benchmark uses it for generated ones.
const CONTENT_ROOT = () => process.env.RECOVERY_CONTENT_DIR ?? join(process.cwd(), "content");

/**
 * The site's catalog, loaded from `content/` once per process. In development it is rebuilt
 * when a Markdown file is added, changed or deleted, so editors see their edits on the next
 * page load. Invalid content throws a ContentError listing every problem: the build fails, and
 * the dev server shows the list in the page and the terminal until the file is fixed.
 */
export function getCatalog(): Catalog {
  const dev = process.env.NODE_ENV === "development";
  const signature = dev ? contentSignature(CONTENT_ROOT()) : "";
  if (!cached || cached.signature !== signature) {
    const result = loadContent(CONTENT_ROOT(), { includeDrafts: process.env.NODE_ENV !== "production" });
    if (result.issues.length) throw new ContentError(result.issues);
    cached = { catalog: buildCatalog(result), signature };
  }
  return cached.catalog;
}

/** The `[slug]` params of every published article in a collection: what each article route (page and image) prerenders. */
export function articleParams(collection: CollectionName): { slug: string }[] {
  return getCatalog().entries(collection).map((entry) => ({ slug: entry.slug }));
}
