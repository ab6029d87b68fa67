import { notFound } from "next/navigation";
import { GuideArticle } from "@/components/GuideArticle";
import { articleParams, getCatalog } from "@/lib/catalog/catalog";
import { planData } from "@/lib/catalog/plan-data";
import { generalTimeline } from "@/lib/catalog/plan-timeline";
import { pageMetadata } from "@/lib/web/metadata";

export const dynamicParams = false;

export function generateStaticParams() {
  return articleParams("guides");
}

export async function generateMetadata({ params }: PageProps<"/guides/[slug]">) {
  const guide = getCatalog().guide((await params).slug);
  if (!guide) return {};
  return pageMetadata({ title: guide.title, description: guide.summary, path: guide.href });
}

export default async function GuidePage({ params }: PageProps<"/guides/[slug]">) {
  const { slug } = await params;
  const catalog = getCatalog();
  const guide = catalog.guide(slug);
  if (!guide) notFound();
  return (
    <GuideArticle
      guide={guide}
      modalities={catalog.modalitiesForGuide(slug)}
      tools={catalog.toolsForGuide(slug)}
      studies={catalog.studiesCitedBy("guides", slug)}
      timeline={guide.planTimeline ? generalTimeline(planData(catalog)) : undefined}
    />
  );
}
