import { notFound } from "next/navigation";
import { ModalityArticle } from "@/components/ModalityArticle";
import { getCatalog } from "@/lib/catalog";
import { pageMetadata } from "@/lib/metadata";
import { articleJsonLd, breadcrumbJsonLd } from "@/lib/structured-data";
import { JsonLd } from "@/components/JsonLd";

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().modalities.map((m) => ({ slug: m.slug }));
}

export async function generateMetadata({ params }: PageProps<"/modalities/[slug]">) {
  const modality = getCatalog().modality((await params).slug);
  if (!modality) return {};
  return pageMetadata({ title: modality.title, description: modality.summary, path: `/modalities/${modality.slug}` });
}

export default async function ModalityPage({ params }: PageProps<"/modalities/[slug]">) {
  const { slug } = await params;
  const catalog = getCatalog();
  const modality = catalog.modality(slug);
  if (!modality) notFound();
  const path = `/modalities/${slug}`;
  return (
    <>
      <JsonLd data={articleJsonLd(modality, path)} />
      <JsonLd data={breadcrumbJsonLd([{ href: "/", label: "Home" }, { href: "/modalities", label: "Methods" }, { href: path, label: modality.title }])} />
      <ModalityArticle modality={modality} tools={catalog.toolsForModality(slug)} />
    </>
  );
}
