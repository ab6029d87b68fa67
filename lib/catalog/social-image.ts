import { getCatalog, type Catalog, type CatalogEntry } from "./catalog";
import { collections, type CollectionName } from "../content/collections";
import { GRADE_LABELS } from "../content/vocabulary";
import { entrySummary, formatPrice } from "./format";
import { allPrices } from "./markets";
import { site } from "../site";

/** The size every social image is drawn at: the 1.91:1 card Open Graph and X both show large. */
export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** What one social image shows: the words only, no layout. */
export interface SocialCard {
  /** "Recovery method", "Tool", "Guide", "Study" (the registry's labels); absent on the site's own card. */
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
export const SOCIAL_IMAGE_ALT: Record<CollectionName | "site", string> = {
  site: `${site.name}: ${site.tagline}. The number of methods, tools and guides it reviews.`,
  modalities: `A ${site.name} card: the recovery method's name, a one-sentence summary, and its evidence grade for muscle soreness.`,
  tools: `A ${site.name} card: the recovery tool's name, a one-sentence summary, and its price where one is published.`,
  guides: `A ${site.name} card: the guide's title and a one-sentence summary.`,
  categories: `A ${site.name} card: the buying guide's title and a one-sentence summary.`,
  studies: `A ${site.name} card: the study's title, what kind of work it is and whom it studied, and its year.`,
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

/** The one fact each collection's card shows, when the entry has it. */
const FACTS: { [C in CollectionName]: (entry: CatalogEntry<C>) => string | undefined } = {
  modalities: (m) => `Soreness: ${GRADE_LABELS[m.grades.soreness.grade]}`,
  tools: (t) => {
    // The card is one picture for every reader, so it names the market of the price it shows.
    const p = allPrices(t)[0];
    return p ? `Price: ${formatPrice(p)} (${p.market})` : undefined;
  },
  guides: () => undefined,
  categories: () => undefined,
  studies: (s) => (s.year ? `Published ${s.year}` : undefined),
};

/**
 * The social image of one published entry, or undefined when there is none: an unknown slug,
 * or a draft (drafts are left out of the production catalog; this refuses them again so that no
 * environment ever draws one).
 */
export function socialImageFor<C extends CollectionName>(collection: C, slug: string, catalog: Catalog = getCatalog()): SocialCard | undefined {
  const entry = catalog.entry(collection, slug);
  if (!entry || entry.draft) return undefined;
  return { kind: collections[collection].label, title: entry.title, line: truncate(entrySummary(entry)), fact: FACTS[collection](entry) };
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
