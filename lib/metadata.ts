import type { Metadata } from "next";

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
