import { Breadcrumbs } from "@/components/Breadcrumbs";
import { Card, CardList } from "@/components/Card";
import { getCatalog } from "@/lib/catalog/catalog";
import { TOOL_CATEGORIES, type ToolCategorySlug } from "@/lib/content/benches";
import { sectionCrumb } from "@/lib/catalog/sections";
import { pageMetadata } from "@/lib/web/metadata";

export const metadata = pageMetadata({
  title: "Buying guides",
  description: "For each kind of recovery tool: the pick for most runners, a budget pick, an upgrade where one is worth it, and what to skip.",
  path: "/tools/category",
});

export default function BuyingGuidesPage() {
  const pages = getCatalog().entries("categories");
  return (
    <div className="page--wide">
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, sectionCrumb("tools")]} current="Buying guides" />
      <h1>Buying guides</h1>
      <p className="lede">One per kind of tool, with picks tied to the evidence grades and the test bench.</p>
      <CardList>
        {pages.map((p) => {
          // The content check makes every buying guide's file name one of the tool categories.
          const slug = p.slug as ToolCategorySlug;
          return <Card key={p.slug} entry={p} headingLevel={2} category={{ slug, label: TOOL_CATEGORIES[slug].label }} />;
        })}
      </CardList>
    </div>
  );
}
