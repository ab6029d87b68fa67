import { IntentLink } from "@/components/IntentLink";
import { Breadcrumbs } from "@/components/Breadcrumbs";
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
      <ul className="card-list">
        {guides.map((g) => (
          <li key={g.slug} className="card">
            <h2 className="card__title">
              <IntentLink href={g.href}>{g.title}</IntentLink>
            </h2>
            <p>{g.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
