import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { cache } from "react";
import { ComparisonView } from "@/components/ComparisonView";
import { getCatalog } from "@/lib/catalog/catalog";
import { buildComparison, canonicalRedirect, compareChoices, type CompareQuery } from "@/lib/catalog/compare";
import { comparisonMetadata } from "@/lib/web/metadata";

// Rendered per request for whatever the query holds: notices, redirects to the comparison's one
// URL, the empty form. A tidy comparison lives at its own path, compare/[kind]/[...slugs]; proxy.ts
// redirects its query form there, unless no more comparisons may be kept (then it renders here).

// generateMetadata and the page ask for the same comparison; React's cache builds it once per
// request, keyed by the query's text because the two may receive different objects.
const comparisonOf = cache((queryJson: string) => {
  const query = JSON.parse(queryJson) as CompareQuery & Record<string, unknown>;
  return { query, comparison: buildComparison(query, getCatalog()) };
});

async function comparisonFor(searchParams: PageProps<"/compare">["searchParams"]) {
  return comparisonOf(JSON.stringify(await searchParams));
}

export async function generateMetadata({ searchParams }: PageProps<"/compare">): Promise<Metadata> {
  return comparisonMetadata((await comparisonFor(searchParams)).comparison);
}

export default async function ComparePage({ searchParams }: PageProps<"/compare">) {
  const { query, comparison } = await comparisonFor(searchParams);
  const tidy = canonicalRedirect(query, comparison);
  if (tidy) redirect(tidy);

  return <ComparisonView comparison={comparison} choices={compareChoices(getCatalog())} />;
}
