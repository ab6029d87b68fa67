import { StudyIndex } from "@/components/StudyIndex";
import { getCatalog } from "@/lib/catalog/catalog";
import { studyRows } from "@/lib/catalog/studies";
import { pageMetadata } from "@/lib/web/metadata";

export const metadata = pageMetadata({
  title: "Studies and sources",
  description: "Every study, review, regulator record and maker's page the guide cites, with its numbers and the pages that rest on it.",
  path: "/studies",
});

export default function StudiesPage() {
  return <StudyIndex rows={studyRows(getCatalog(), "year")} sort="year" />;
}
