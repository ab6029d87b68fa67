import { getCatalog } from "@/lib/catalog/catalog";
import { searchDataJSON } from "@/lib/catalog/search";

// What the browser loads for instant results, built once at build time: the index and what query
// words mean (the content's search vocabulary), so it answers as the /search page does.
export const dynamic = "force-static";

export function GET() {
  return Response.json(searchDataJSON(getCatalog()));
}
