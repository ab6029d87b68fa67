import { notFound } from "next/navigation";
import { GuideArticle } from "@/components/GuideArticle";
import { getCatalog } from "@/lib/catalog";
import { pageMetadata } from "@/lib/metadata";
import { articleJsonLd, breadcrumbJsonLd } from "@/lib/structured-data";
import { JsonLd } from "@/components/JsonLd";

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().guides.map((g) => ({ slug: g.slug }));
}

export async function generateMetadata({ params }: PageProps<"/guides/[slug]">) {
  const guide = getCatalog().guide((await params).slug);
  if (!guide) return {};
  return pageMetadata({ title: guide.title, description: guide.summary, path: `/guides/${guide.slug}` });
}

export default async function GuidePage({ params }: PageProps<"/guides/[slug]">) {
  const { slug } = await params;
  const catalog = getCatalog();
  const guide = catalog.guide(slug);
  if (!guide) notFound();
  const path = `/guides/${slug}`;
  return (
    <>
      <JsonLd data={articleJsonLd(guide, path)} />
      <JsonLd data={breadcrumbJsonLd([{ href: "/", label: "Home" }, { href: "/guides", label: "Guides" }, { href: path, label: guide.title }])} />
      <GuideArticle guide={guide} modalities={catalog.modalitiesForGuide(slug)} tools={catalog.toolsForGuide(slug)} />
    </>
  );
}
