import { notFound } from "next/navigation";
import { buyingGuideFor, replacementFor } from "@/lib/catalog/picks";
import { ToolArticle } from "@/components/ToolArticle";
import { articleParams, getCatalog } from "@/lib/catalog/catalog";
import { pageMetadata } from "@/lib/web/metadata";

export const dynamicParams = false;

export function generateStaticParams() {
  return articleParams("tools");
}

export async function generateMetadata({ params }: PageProps<"/tools/[slug]">) {
  const tool = getCatalog().tool((await params).slug);
  if (!tool) return {};
  return pageMetadata({ title: tool.title, description: tool.summary, path: tool.href });
}

export default async function ToolPage({ params }: PageProps<"/tools/[slug]">) {
  const { slug } = await params;
  const catalog = getCatalog();
  const tool = catalog.tool(slug);
  if (!tool) notFound();
  return (
    <ToolArticle
      tool={tool}
      modalities={catalog.modalitiesForTool(slug)}
      related={catalog.relatedTools(slug)}
      alternative={catalog.alternativeFor(slug)}
      studies={catalog.studiesCitedBy("tools", slug)}
      replacement={replacementFor(catalog, tool)}
      buyingGuide={buyingGuideFor(catalog, tool)}
    />
  );
}
