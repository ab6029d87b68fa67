import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComparisonView } from "@/components/ComparisonView";
import { getCatalog } from "@/lib/catalog";
import { buildComparison, suggestedComparisons } from "@/lib/compare";
import { isKeptSelection } from "@/lib/kept-comparisons";
import { comparisonMetadata } from "@/lib/metadata";

// A tidy /compare?tools=a,b, rewritten here by proxy.ts (see lib/kept-comparisons.ts): rendered on
// its first request, then served from Next's cache until the next build changes the content.
export const revalidate = false;
export const generateStaticParams = async (): Promise<{ kind: string; slugs: string[] }[]> => [];

function keptComparison({ kind, slugs }: { kind: string; slugs: string[] }) {
  const catalog = getCatalog();
  // proxy.ts sends only tidy comparisons here and redirects direct requests; this guard keeps any
  // other path from being rendered and kept.
  if (!isKeptSelection(kind, slugs, catalog)) notFound();
  return { catalog, comparison: buildComparison({ [kind]: slugs.join(",") }, catalog) };
}

export async function generateMetadata({ params }: PageProps<"/compare/[kind]/[...slugs]">): Promise<Metadata> {
  return comparisonMetadata(keptComparison(await params).comparison);
}

export default async function KeptComparisonPage({ params }: PageProps<"/compare/[kind]/[...slugs]">) {
  const { catalog, comparison } = keptComparison(await params);
  return (
    <ComparisonView comparison={comparison} tools={catalog.tools} modalities={catalog.modalities} suggestions={suggestedComparisons(catalog)} />
  );
}
