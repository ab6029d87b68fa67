import { ToolIndex } from "@/components/ToolIndex";
import { getCatalog } from "@/lib/catalog/catalog";
import { DEFAULT_MARKET } from "@/lib/catalog/markets";
import { toolIndex } from "@/lib/catalog/tool-index";
import { pageMetadata } from "@/lib/web/metadata";

export const metadata = pageMetadata({
  title: "Recovery tools",
  description: "Compression boots, massage guns, EMS units, cold tubs and the cheap tools that do the same job, by category, with sourced prices and test benches.",
  path: "/tools",
});

export default function ToolsPage() {
  return <ToolIndex groups={toolIndex(getCatalog(), DEFAULT_MARKET)} market={DEFAULT_MARKET} />;
}
