import { notFound } from "next/navigation";
import { ModalityArticle } from "@/components/ModalityArticle";
import { articleParams, getCatalog } from "@/lib/catalog/catalog";
import { pageMetadata } from "@/lib/web/metadata";

export const dynamicParams = false;

export function generateStaticParams() {
  return articleParams("modalities");
}

export async function generateMetadata({ params }: PageProps<"/modalities/[slug]">) {
  const modality = getCatalog().modality((await params).slug);
  if (!modality) return {};
  return pageMetadata({ title: modality.title, description: modality.summary, path: modality.href });
}

export default async function ModalityPage({ params }: PageProps<"/modalities/[slug]">) {
  const { slug } = await params;
  const catalog = getCatalog();
  const modality = catalog.modality(slug);
  if (!modality) notFound();
  return <ModalityArticle modality={modality} tools={catalog.toolsForModality(slug)} studies={catalog.studiesCitedBy("modalities", slug)} />;
}
