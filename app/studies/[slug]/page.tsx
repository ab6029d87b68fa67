import { notFound } from "next/navigation";
import { StudyArticle } from "@/components/StudyArticle";
import { articleParams, getCatalog } from "@/lib/catalog/catalog";
import { studyDescription } from "@/lib/catalog/format";
import { citeLabel } from "@/lib/content/citation-syntax";
import { citationsOf } from "@/lib/catalog/studies";
import { pageMetadata } from "@/lib/web/metadata";

export const dynamicParams = false;

export function generateStaticParams() {
  return articleParams("studies");
}

export async function generateMetadata({ params }: PageProps<"/studies/[slug]">) {
  const study = getCatalog().study((await params).slug);
  if (!study) return {};
  return pageMetadata({ title: `${citeLabel(study)}: ${study.title}`, description: `${studyDescription(study)}. ${study.venue}.`, path: study.href });
}

export default async function StudyPage({ params }: PageProps<"/studies/[slug]">) {
  const { slug } = await params;
  const catalog = getCatalog();
  const study = catalog.study(slug);
  if (!study) notFound();
  return <StudyArticle study={study} citations={citationsOf(catalog, slug)} />;
}
