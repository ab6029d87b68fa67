import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { InstantSearch } from "@/components/InstantSearch";
import { getCatalog } from "@/lib/catalog/catalog";
import { readOne } from "@/lib/web/query";
import { search } from "@/lib/catalog/search";

export const metadata: Metadata = {
  title: "Search",
  description: "Search every method, tool and guide.",
  alternates: { canonical: "/search" },
  robots: { index: false },
};

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const query = readOne((await searchParams).q) ?? "";
  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }]} current="Search" />
      <h1>Search</h1>
      <InstantSearch initialQuery={query} initialHits={search(getCatalog(), query)} />
    </>
  );
}
