import { join } from "node:path";
import { ContentError } from "../content/issues";
import { contentSignature, loadContent, type Guide, type LoadedContent, type Modality, type Tool } from "../content/load";
import { CATEGORY_LABELS, MODALITY_CATEGORIES, type ModalityCategory } from "../content/vocabulary";

export type { Guide, Modality, Tool };

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
 * - modalitiesForGuide, toolsForGuide: in the order the guide lists them.
 */
export interface Catalog {
  readonly modalities: readonly Modality[];
  readonly tools: readonly Tool[];
  readonly guides: readonly Guide[];
  modality(slug: string): Modality | undefined;
  tool(slug: string): Tool | undefined;
  guide(slug: string): Guide | undefined;
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

/** Builds the catalog from already validated content. Links to entries that are absent (drafts) are dropped. */
export function buildCatalog(content: LoadedContent): Catalog {
  const categoryRank = (m: Modality) => MODALITY_CATEGORIES.indexOf(m.category);
  const modalities = [...content.modalities].sort((a, b) => categoryRank(a) - categoryRank(b) || byTitle(a, b));
  const tools = [...content.tools].sort(byTitle);
  const guides = [...content.guides].sort((a, b) => a.order - b.order || byTitle(a, b));

  const modalityBySlug = new Map(modalities.map((m) => [m.slug, m]));
  const toolBySlug = new Map(tools.map((t) => [t.slug, t]));
  const guideBySlug = new Map(guides.map((g) => [g.slug, g]));

  const modalitiesOf = new Map<string, Modality[]>(
    tools.map((t) => [t.slug, t.modalities.flatMap((s) => modalityBySlug.get(s) ?? [])]),
  );
  const toolsOf = new Map<string, Tool[]>(
    modalities.map((m) => [m.slug, tools.filter((t) => modalitiesOf.get(t.slug)!.includes(m))]),
  );
  const relatedOf = new Map<string, Tool[]>(
    tools.map((t) => {
      const mine = new Set(t.modalities);
      const shared = (o: Tool) => o.modalities.filter((s) => mine.has(s) && modalityBySlug.has(s)).length;
      const related = tools
        .filter((o) => o !== t && shared(o) > 0)
        .sort((a, b) => shared(b) - shared(a) || byTitle(a, b));
      return [t.slug, related];
    }),
  );
  const alternatives = new Map<string, Alternative>();
  for (const t of tools) {
    const tool = t.alternative.tool ? toolBySlug.get(t.alternative.tool) : undefined;
    const modality = t.alternative.modality ? modalityBySlug.get(t.alternative.modality) : undefined;
    if (tool) alternatives.set(t.slug, { kind: "tool", entry: tool });
    else if (modality) alternatives.set(t.slug, { kind: "modality", entry: modality });
  }
  const guideModalities = new Map(guides.map((g) => [g.slug, g.modalities.flatMap((s) => modalityBySlug.get(s) ?? [])]));
  const guideTools = new Map(guides.map((g) => [g.slug, g.tools.flatMap((s) => toolBySlug.get(s) ?? [])]));

  const groups: CategoryGroup[] = MODALITY_CATEGORIES.map((category) => ({
    category,
    label: CATEGORY_LABELS[category],
    modalities: modalities.filter((m) => m.category === category),
  })).filter((g) => g.modalities.length > 0);

  deepFreeze([
    modalities,
    tools,
    guides,
    groups,
    [...modalitiesOf.values(), ...toolsOf.values(), ...relatedOf.values()],
    [...alternatives.values(), ...guideModalities.values(), ...guideTools.values()],
  ]);

  const none: readonly never[] = Object.freeze([]);
  return Object.freeze({
    modalities,
    tools,
    guides,
    modality: (slug: string) => modalityBySlug.get(slug),
    tool: (slug: string) => toolBySlug.get(slug),
    guide: (slug: string) => guideBySlug.get(slug),
    toolsForModality: (slug: string) => toolsOf.get(slug) ?? none,
    modalitiesForTool: (slug: string) => modalitiesOf.get(slug) ?? none,
    relatedTools: (slug: string) => relatedOf.get(slug) ?? none,
    alternativeFor: (slug: string) => alternatives.get(slug),
    modalitiesForGuide: (slug: string) => guideModalities.get(slug) ?? none,
    toolsForGuide: (slug: string) => guideTools.get(slug) ?? none,
    modalitiesByCategory: () => groups,
  });
}

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
export function articleParams(collection: "modalities" | "tools" | "guides"): { slug: string }[] {
  return getCatalog()[collection].map((entry) => ({ slug: entry.slug }));
}
