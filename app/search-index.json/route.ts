import { getCatalog } from "@/lib/catalog/catalog";
import { buildSearchIndex } from "@/lib/catalog/search";

// The index the browser loads for instant results, built once at build time.
export const dynamic = "force-static";

export function GET() {
  return Response.json(buildSearchIndex(getCatalog()).toJSON());
}
