import { Breadcrumbs } from "@/components/Breadcrumbs";
import { IntentLink } from "@/components/IntentLink";
import { getCatalog } from "@/lib/catalog/catalog";
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
      <ul className="card-list">
        {pages.map((p) => (
          <li key={p.slug} className="card">
            <h2 className="card__title">
              <IntentLink href={p.href}>{p.title}</IntentLink>
            </h2>
            <p>{p.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
