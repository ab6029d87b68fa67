import { getCatalog, type Catalog } from "./catalog";
import { GRADE_LABELS } from "../content/vocabulary";
import { formatPrice } from "./format";
import { site } from "../site";

/** The size every social image is drawn at: the 1.91:1 card Open Graph and X both show large. */
export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export type ArticleKind = "modality" | "tool" | "guide";

const KIND_LABELS: Record<ArticleKind, string> = { modality: "Recovery method", tool: "Tool", guide: "Guide" };

/** What one social image shows: the words only, no layout. */
export interface SocialCard {
  /** "Recovery method", "Tool" or "Guide" (the words the site uses); absent on the site's own card. */
  kind?: string;
  title: string;
  /** The summary, cut at a word so it fits in three lines. */
  line: string;
  /** One fact worth seeing in a feed: a tool's price, a method's soreness grade. */
  fact?: string;
}

/**
 * The alt text of each kind of image. Next 16 takes alt text from a static `alt` export, or per
 * image from `generateImageMetadata`; the latter replaces the route's generateStaticParams, so
 * under a [slug] segment nothing would be prerendered. So the alt text says what every image of
 * a kind shows, and the page's own title and description say which article it is.
 */
export const SOCIAL_IMAGE_ALT: Record<ArticleKind | "site", string> = {
  site: `${site.name}: ${site.tagline}. The number of methods, tools and guides it reviews.`,
  modality: `A ${site.name} card: the recovery method's name, a one-sentence summary, and its evidence grade for muscle soreness.`,
  tool: `A ${site.name} card: the recovery tool's name, a one-sentence summary, and its price where one is published.`,
  guide: `A ${site.name} card: the guide's title and a one-sentence summary.`,
};

/** The longest summary shown whole; longer ones are cut at a word and end with an ellipsis. */
export const MAX_LINE = 150;

/** Cuts text at the last word boundary that fits in `max` characters, ending with "…". */
export function truncate(text: string, max = MAX_LINE): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/**
 * The social image of one published article, or undefined when there is none: an unknown slug,
 * or a draft (drafts are left out of the production catalog; this refuses them again so that no
 * environment ever draws one).
 */
export function socialImageFor(kind: ArticleKind, slug: string, catalog: Catalog = getCatalog()): SocialCard | undefined {
  const label = KIND_LABELS[kind];
  switch (kind) {
    case "modality": {
      const m = catalog.modality(slug);
      if (!m || m.draft) return undefined;
      return { kind: label, title: m.title, line: truncate(m.summary), fact: `Soreness: ${GRADE_LABELS[m.evidence.soreness.grade]}` };
    }
    case "tool": {
      const t = catalog.tool(slug);
      if (!t || t.draft) return undefined;
      return { kind: label, title: t.title, line: truncate(t.summary), fact: t.price ? `Price: ${formatPrice(t.price)}` : undefined };
    }
    case "guide": {
      const g = catalog.guide(slug);
      if (!g || g.draft) return undefined;
      return { kind: label, title: g.title, line: truncate(g.summary) };
    }
  }
}

/** The site's own card: the home page, and every page without an image of its own. */
export function siteSocialImage(catalog: Catalog = getCatalog()): SocialCard {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return {
    title: site.tagline,
    line: truncate(site.description),
    fact: [
      count(catalog.modalities.length, "method", "methods"),
      count(catalog.tools.length, "tool", "tools"),
      count(catalog.guides.length, "guide", "guides"),
    ].join(" · "),
  };
}
