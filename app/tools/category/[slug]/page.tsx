import { notFound } from "next/navigation";
import { CategoryArticle } from "@/components/CategoryArticle";
import { articleParams, getCatalog } from "@/lib/catalog/catalog";
import { categoryPicks } from "@/lib/catalog/picks";
import { pageMetadata } from "@/lib/web/metadata";

export const dynamicParams = false;

export function generateStaticParams() {
  return articleParams("categories");
}

export async function generateMetadata({ params }: PageProps<"/tools/category/[slug]">) {
  const page = getCatalog().entry("categories", (await params).slug);
  if (!page) return {};
  return pageMetadata({ title: page.title, description: page.summary, path: page.href });
}

export default async function CategoryPage({ params }: PageProps<"/tools/category/[slug]">) {
  const catalog = getCatalog();
  const page = catalog.entry("categories", (await params).slug);
  if (!page) notFound();
  return <CategoryArticle page={page} picks={categoryPicks(catalog, page)} />;
}
