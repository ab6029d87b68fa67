import { getCatalog } from "@/lib/catalog";
import { buildSearchIndex } from "@/lib/search";

// The index the browser loads for instant results, built once at build time.
export const dynamic = "force-static";

export function GET() {
  return Response.json(buildSearchIndex(getCatalog()).toJSON());
}
