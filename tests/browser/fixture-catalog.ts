import { buildCatalog, type Catalog } from "@/lib/catalog/catalog";
import { ContentError } from "@/lib/content/issues";
import { loadContent } from "@/lib/content/load";
import { FIXTURE_BUILD } from "./servers";

let catalog: Catalog | undefined;

/** The fixture site's catalog as its production build has it, so specs can expect counts from the fixtures rather than typed numbers. */
export function fixtureCatalog(): Catalog {
  if (!catalog) {
    const result = loadContent(FIXTURE_BUILD.RECOVERY_CONTENT_DIR, { includeDrafts: false });
    if (result.issues.length) throw new ContentError(result.issues);
    catalog = buildCatalog(result);
  }
  return catalog;
}
