import { EvidenceMap } from "@/components/EvidenceMap";
import { getCatalog } from "@/lib/catalog/catalog";
import { evidenceMap } from "@/lib/catalog/evidence-map";
import { pageMetadata } from "@/lib/web/metadata";

export const metadata = pageMetadata({
  title: "Evidence map",
  description: "Every recovery method against every outcome, graded from the studies by one published rule, with the reason for each grade.",
  path: "/evidence",
});

export default function EvidenceMapPage() {
  return <EvidenceMap map={evidenceMap(getCatalog(), "category")} />;
}
