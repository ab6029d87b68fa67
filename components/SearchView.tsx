import { Breadcrumbs } from "@/components/Breadcrumbs";
import { InstantSearch } from "@/components/InstantSearch";
import type { searchPage } from "@/lib/catalog/search";

/** The search page: the box, filled with the query it was asked, and that query's results. */
export function SearchView({ page: { query, hits } }: { page: ReturnType<typeof searchPage> }) {
  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }]} current="Search" />
      <h1>Search</h1>
      <InstantSearch initialQuery={query} initialHits={hits} />
    </>
  );
}
