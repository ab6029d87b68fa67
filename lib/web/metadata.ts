import type { Metadata } from "next";
import { compareHref, comparisonTitle, type Comparison } from "../catalog/compare";

/** The feeds every page advertises. Next replaces `alternates` whole, so each page repeats them. */
export const FEED_LINKS = {
  "application/rss+xml": "/feed.xml",
  "application/atom+xml": "/atom.xml",
  "application/feed+json": "/feed.json",
};

/** Title, description and canonical URL for one page, through Next's metadata API. */
export function pageMetadata({ title, description, path }: { title?: string; description: string; path: string }): Metadata {
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: path, types: FEED_LINKS },
    openGraph: { title, description, url: path, type: "article" },
    twitter: { card: "summary_large_image", title, description },
  };
}

/** A comparison's title and its one canonical URL; pages with notices are kept out of search results. */
export function comparisonMetadata(comparison: Comparison): Metadata {
  const canonical = comparison.kind === "none" ? "/compare" : compareHref(comparison.kind, comparison.items.map((i) => i.slug));
  return {
    title: comparisonTitle(comparison),
    description: "Recovery tools and methods side by side: price, evidence, time per session, body areas, portability and safety.",
    alternates: { canonical },
    robots: comparison.notices.length ? { index: false } : undefined,
  };
}
