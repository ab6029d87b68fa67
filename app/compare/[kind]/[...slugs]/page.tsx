import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ComparisonView } from "@/components/ComparisonView";
import { getCatalog } from "@/lib/catalog";
import { buildComparison } from "@/lib/compare";
import { keptComparisonPath } from "@/lib/kept-comparisons";
import { comparisonMetadata } from "@/lib/metadata";

// A tidy /compare?tools=a,b, rewritten here by proxy.ts (see lib/kept-comparisons.ts): rendered on
// its first request, then served from Next's cache until the next build changes the content.
export const revalidate = false;
export const generateStaticParams = async (): Promise<{ kind: string; slugs: string[] }[]> => [];

// generateMetadata and the page ask for the same comparison; React's cache builds it once.
const keptComparison = cache((kind: string, slugPath: string) => {
  const catalog = getCatalog();
  const list = slugPath.replaceAll("/", ",");
  // proxy.ts sends only tidy comparisons here and redirects direct requests; this guard keeps any
  // other path from being rendered and kept.
  if (keptComparisonPath(new URLSearchParams({ [kind]: list }), catalog) !== `/compare/${kind}/${slugPath}`) notFound();
  return buildComparison({ [kind]: list }, catalog);
});

async function comparisonFor(params: PageProps<"/compare/[kind]/[...slugs]">["params"]) {
  const { kind, slugs } = await params;
  return keptComparison(kind, slugs.join("/"));
}

export async function generateMetadata({ params }: PageProps<"/compare/[kind]/[...slugs]">): Promise<Metadata> {
  return comparisonMetadata(await comparisonFor(params));
}

export default async function KeptComparisonPage({ params }: PageProps<"/compare/[kind]/[...slugs]">) {
  return <ComparisonView comparison={await comparisonFor(params)} catalog={getCatalog()} />;
}
