import { getCatalog } from "@/lib/catalog/catalog";
import { searchPieces } from "@/lib/catalog/search-split";

// The instant search's index in pieces (lib/catalog/search-pieces.ts), every file built at build
// time: meta.json, which each query needs, and the pieces a query fetches as it needs them.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return [...searchPieces(getCatalog()).keys()].map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  // dynamicParams = false: Next answers any other file name with 404 before this runs.
  return Response.json(searchPieces(getCatalog()).get((await params).file));
}
