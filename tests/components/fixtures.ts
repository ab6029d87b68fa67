import { join } from "node:path";
import { buildCatalog } from "@/lib/catalog/catalog";
import { loadContent } from "@/lib/content/load";

/** A catalog built from tests/fixtures/valid, so components render real, validated entries. */
export const fixtureCatalog = buildCatalog(loadContent(join(__dirname, "..", "fixtures", "valid"), { includeDrafts: false }));
