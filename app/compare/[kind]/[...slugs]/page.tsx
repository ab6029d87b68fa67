import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ComparisonView } from "@/components/ComparisonView";
import { getCatalog } from "@/lib/catalog/catalog";
import { keptComparison } from "@/lib/catalog/kept-comparisons";
import { compareChoices } from "@/lib/catalog/compare";
import { comparisonMetadata } from "@/lib/web/metadata";

// A tidy comparison's own URL, /compare/tools/a/b (lib/catalog/kept-comparisons.ts): none is
// prerendered, since every ordered choice of items is a page; each is rendered on its first
// request, then served from Next's cache until the next build changes the content (ISR).
export const revalidate = false;
export const dynamicParams = true;
export const generateStaticParams = async (): Promise<{ kind: string; slugs: string[] }[]> => [];

// generateMetadata and the page ask for the same comparison; React's cache builds it once, keyed
// by the path's text because the two receive different params objects.
const comparisonAt = cache((kind: string, slugPath: string) => keptComparison(kind, slugPath.split("/"), getCatalog()));

async function comparisonFor(params: PageProps<"/compare/[kind]/[...slugs]">["params"]) {
  const { kind, slugs } = await params;
  return comparisonAt(kind, slugs.join("/")) ?? notFound();
}

export async function generateMetadata({ params }: PageProps<"/compare/[kind]/[...slugs]">): Promise<Metadata> {
  return comparisonMetadata(await comparisonFor(params));
}

export default async function KeptComparisonPage({ params }: PageProps<"/compare/[kind]/[...slugs]">) {
  return <ComparisonView comparison={await comparisonFor(params)} choices={compareChoices(getCatalog())} />;
}
