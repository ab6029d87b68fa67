import { notFound } from "next/navigation";
import { EvidenceMap } from "@/components/EvidenceMap";
import { getCatalog } from "@/lib/catalog/catalog";
import { evidenceMap, isMapSort, mapSortHref } from "@/lib/catalog/evidence-map";
import { inSentence, OUTCOMES, OUTCOME_LABELS } from "@/lib/content/vocabulary";
import { pageMetadata } from "@/lib/web/metadata";

// The map sorted by one outcome; the default order is /evidence itself.
export const dynamicParams = false;

export function generateStaticParams() {
  return OUTCOMES.map((sort) => ({ sort }));
}

export async function generateMetadata({ params }: PageProps<"/evidence/by/[sort]">) {
  const { sort } = await params;
  if (!isMapSort(sort) || sort === "category") return {};
  return pageMetadata({
    title: `Evidence map: ${inSentence(OUTCOME_LABELS[sort])}`,
    description: `Every recovery method ranked by the evidence for ${inSentence(OUTCOME_LABELS[sort])}, with each study's effect size.`,
    path: mapSortHref(sort),
  });
}

export default async function EvidenceMapSortedPage({ params }: PageProps<"/evidence/by/[sort]">) {
  const { sort } = await params;
  if (!isMapSort(sort) || sort === "category") notFound();
  return <EvidenceMap map={evidenceMap(getCatalog(), sort)} />;
}
