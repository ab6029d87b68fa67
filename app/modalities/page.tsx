import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ModalityList } from "@/components/ModalityList";
import { getCatalog } from "@/lib/catalog/catalog";
import { pageMetadata } from "@/lib/web/metadata";

export const metadata = pageMetadata({
  title: "Recovery methods",
  description: "Every recovery method runners use, from sleep to ice baths, with the evidence for each graded outcome.",
  path: "/modalities",
});

export default function ModalitiesPage() {
  const groups = getCatalog().modalitiesByCategory();
  return (
    <div className="page--wide">
      <Breadcrumbs trail={[{ href: "/", label: "Home" }]} current="Methods" />
      <h1>Recovery methods</h1>
      <p className="lede">Each method is graded on soreness, fatigue, next-session performance and long-term adaptation.</p>
      {groups.map((group) => (
        <section key={group.category} aria-labelledby={`cat-${group.category}`}>
          <h2 id={`cat-${group.category}`}>{group.label}</h2>
          <ModalityList modalities={group.modalities} />
        </section>
      ))}
    </div>
  );
}
