import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { cache } from "react";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { CompareForm } from "@/components/CompareForm";
import { CompareTable } from "@/components/CompareTable";
import { NoticeList } from "@/components/NoticeList";
import { getCatalog } from "@/lib/catalog";
import {
  buildComparison,
  canonicalRedirect,
  compareColumns,
  compareHref,
  comparisonTitle,
  MIN_COMPARED,
  suggestedComparisons,
  type CompareQuery,
} from "@/lib/compare";

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
  const { comparison } = await comparisonFor(searchParams);
  const canonical = comparison.kind === "none" ? "/compare" : compareHref(comparison.kind, comparison.items.map((i) => i.slug));
  return {
    title: comparisonTitle(comparison),
    description: "Recovery tools and methods side by side: price, evidence, time per session, body areas, portability and safety.",
    alternates: { canonical },
    robots: comparison.notices.length ? { index: false } : undefined,
  };
}

export default async function ComparePage({ searchParams }: PageProps<"/compare">) {
  const { query, comparison } = await comparisonFor(searchParams);
  const catalog = getCatalog();

  const tidy = canonicalRedirect(query, comparison);
  if (tidy) redirect(tidy as `/compare?${string}`);

  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }]} current="Compare" />
      <h1>{comparisonTitle(comparison)}</h1>
      <NoticeList notices={comparison.notices} />
      {comparison.kind !== "none" && comparison.items.length < MIN_COMPARED && (
        <p className="notice-inline" role="status">
          Choose at least {MIN_COMPARED} to see them side by side.
        </p>
      )}
      {comparison.items.length > 0 && comparison.kind !== "none" && (
        <CompareTable
          caption={`${comparison.kind === "tools" ? "Tools" : "Methods"} compared: ${comparison.items.map((i) => i.title).join(", ")}. Rows marked “differs” are where they are not the same.`}
          columns={compareColumns(comparison)}
          rows={comparison.rows}
        />
      )}
      {comparison.kind !== "modalities" && <CompareForm kind="tools" options={catalog.tools} selected={comparison.kind === "tools" ? comparison.items : []} />}
      {comparison.kind !== "tools" && (
        <CompareForm kind="modalities" options={catalog.modalities} selected={comparison.kind === "modalities" ? comparison.items : []} />
      )}
      {comparison.kind !== "none" && (
        <p>
          <Link href="/compare">Start a new comparison</Link> (tools or methods)
        </p>
      )}
      {comparison.items.length === 0 && (
        <section aria-labelledby="suggested-heading">
          <h2 id="suggested-heading">Popular comparisons</h2>
          <ul className="link-list">
            {suggestedComparisons(catalog).map((s) => (
              <li key={s.href}>
                <Link href={s.href}>{s.label}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
