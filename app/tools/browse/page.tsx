import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { NoticeList } from "@/components/NoticeList";
import { ToolBrowser } from "@/components/ToolBrowser";
import { getCatalog } from "@/lib/catalog/catalog";
import { sectionCrumb } from "@/lib/catalog/sections";
import { filterTools, readToolFilter, type ToolFilterQuery } from "@/lib/catalog/tool-filter";

export const metadata: Metadata = {
  title: "Browse recovery tools",
  description: "Filter every recovery tool by kind, price in your market, body area and place, and sort by evidence or price.",
  alternates: { canonical: "/tools/browse" },
};

export default async function BrowseToolsPage({ searchParams }: PageProps<"/tools/browse">) {
  const { filter, notices } = readToolFilter((await searchParams) as ToolFilterQuery);
  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, sectionCrumb("tools")]} current="Browse" />
      <h1>Browse recovery tools</h1>
      <p className="lede">Every price is in the market you choose; a tool with no price there is left out of a price band and listed last by price.</p>
      <NoticeList notices={notices} title="Some choices were not understood and were ignored" />
      <ToolBrowser filter={filter} result={filterTools(getCatalog(), filter)} />
    </>
  );
}
