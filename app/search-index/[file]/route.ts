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
  const piece = searchPieces(getCatalog()).get((await params).file);
  if (piece === undefined) return new Response("Not found", { status: 404 });
  return Response.json(piece);
}
