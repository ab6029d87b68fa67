import { getCatalog } from "../catalog/catalog";
import { COLLECTION_NAMES } from "../content/collections";
import { servingManifest } from "./serving-manifest";

export type Health =
  | { status: "ok"; build: string; articles: number; uptime: number }
  | { status: "unavailable"; reason: string };

/** Whether this process can serve pages: its content loaded, and its serving manifest matches the build. */
export function health(): Health {
  const manifest = servingManifest();
  if (manifest instanceof Error) return { status: "unavailable", reason: manifest.message };
  const catalog = getCatalog();
  const articles = COLLECTION_NAMES.reduce((sum, name) => sum + catalog.entries(name).length, 0);
  return { status: "ok", build: manifest.buildId, articles, uptime: Math.round(process.uptime()) };
}
