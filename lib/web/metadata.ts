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

/** The finder's metadata, for its page and for the route that keeps its answers (lib/web/kept-query-pages.ts). */
export const FINDER_METADATA: Metadata = {
  title: "Find what fits your recovery",
  description: "Answer four optional questions and get recovery methods ranked for your situation, body area, budget and place.",
  alternates: { canonical: "/finder" },
};

/**
 * The search page's metadata, likewise. As with the finder, every query's page names /search as
 * its canonical URL, so search engines fold results into the one search page instead of indexing
 * a page per query; with `noindex` as well, Lighthouse's SEO audit scored the page 66.
 */
export const SEARCH_METADATA: Metadata = {
  title: "Search",
  description: "Search every method, tool and guide.",
  alternates: { canonical: "/search" },
};

/** The planner's metadata, likewise. */
export const PLAN_METADATA: Metadata = pageMetadata({
  title: "Plan your recovery week",
  description: "Enter your training week and get what to do after each session, and what to skip, with the grade of the evidence behind every suggestion.",
  path: "/plan",
});
