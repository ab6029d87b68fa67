import { notFound } from "next/navigation";
import { StudyIndex } from "@/components/StudyIndex";
import { getCatalog } from "@/lib/catalog/catalog";
import { isStudySort, STUDY_SORTS, STUDY_SORT_LABELS, studyRows, studySortHref } from "@/lib/catalog/studies";
import { pageMetadata } from "@/lib/web/metadata";

// The index in its other orders; the default order is /studies itself.
export const dynamicParams = false;

export function generateStaticParams() {
  return STUDY_SORTS.slice(1).map((sort) => ({ sort }));
}

export async function generateMetadata({ params }: PageProps<"/studies/by/[sort]">) {
  const { sort } = await params;
  if (!isStudySort(sort)) return {};
  return pageMetadata({
    title: `Studies and sources by ${STUDY_SORT_LABELS[sort].toLowerCase()}`,
    description: "Every study, review, regulator record and maker's page the guide cites, with its numbers and the pages that rest on it.",
    path: studySortHref(sort),
  });
}

export default async function StudiesSortedPage({ params }: PageProps<"/studies/by/[sort]">) {
  const { sort } = await params;
  if (!isStudySort(sort) || sort === STUDY_SORTS[0]) notFound();
  return <StudyIndex rows={studyRows(getCatalog(), sort)} sort={sort} />;
}
