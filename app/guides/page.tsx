import { Breadcrumbs } from "@/components/Breadcrumbs";
import { Card, CardList } from "@/components/Card";
import { getCatalog } from "@/lib/catalog/catalog";
import { pageMetadata } from "@/lib/web/metadata";

export const metadata = pageMetadata({
  title: "Guides",
  description: "Where recovery really comes from, when tools matter, how to build a routine, and how we grade the evidence.",
  path: "/guides",
});

export default function GuidesPage() {
  const guides = getCatalog().guides;
  return (
    <div className="page--wide">
      <Breadcrumbs trail={[{ href: "/", label: "Home" }]} current="Guides" />
      <h1>Guides</h1>
      <CardList>
        {guides.map((g) => (
          <Card key={g.slug} entry={g} headingLevel={2} />
        ))}
      </CardList>
    </div>
  );
}
