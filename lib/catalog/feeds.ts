import { Feed } from "feed";
import type { Catalog } from "./catalog";
import { COLLECTION_NAMES } from "../content/collections";
import { entrySummary, formatDate } from "./format";
import { site } from "../site";

/** New and updated articles, newest first, as one feed that can be written as RSS, Atom or JSON Feed. */
export function buildFeed(catalog: Catalog): Feed {
  const url = (path: string) => new URL(path, site.url).toString();
  const articles = COLLECTION_NAMES.flatMap((name) => catalog.entries(name).map((entry) => ({ entry, path: entry.href }))).sort((a, b) => b.entry.updated.localeCompare(a.entry.updated) || a.path.localeCompare(b.path));

  const newest = articles[0]?.entry.updated ?? "2026-01-01";
  const feed = new Feed({
    title: site.name,
    description: site.description,
    id: url("/"),
    link: url("/"),
    language: "en",
    copyright: `${site.name}`,
    updated: new Date(`${newest}T00:00:00Z`),
    feedLinks: { rss: url("/feed.xml"), atom: url("/atom.xml"), json: url("/feed.json") },
  });
  for (const { entry, path } of articles) {
    // A correction or regrade is news to a subscriber: the newest change leads the item when it is the latest update.
    const latest = "changes" in entry ? entry.changes[0] : undefined;
    const update = latest && latest.date >= entry.updated ? `Updated ${formatDate(latest.date)}: ${latest.summary} ` : "";
    feed.addItem({
      title: entry.title,
      id: url(path),
      link: url(path),
      description: `${update}${entrySummary(entry)}`,
      date: new Date(`${entry.updated}T00:00:00Z`),
    });
  }
  return feed;
}
