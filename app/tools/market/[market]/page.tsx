import { notFound } from "next/navigation";
import { ToolIndex } from "@/components/ToolIndex";
import { getCatalog } from "@/lib/catalog/catalog";
import { DEFAULT_MARKET, marketFromParam, marketParam, toolsIndexHref } from "@/lib/catalog/markets";
import { toolIndex } from "@/lib/catalog/tool-index";
import { MARKETS, MARKET_LABELS } from "@/lib/content/vocabulary";
import { pageMetadata } from "@/lib/web/metadata";

// The index in the other markets, each prerendered; the default market is /tools itself.
export const dynamicParams = false;

export function generateStaticParams() {
  return MARKETS.filter((m) => m !== DEFAULT_MARKET).map((m) => ({ market: marketParam(m) }));
}

export async function generateMetadata({ params }: PageProps<"/tools/market/[market]">) {
  const market = marketFromParam((await params).market);
  if (!market) return {};
  return pageMetadata({ title: `Recovery tools: prices in ${MARKET_LABELS[market]}`, description: "Every tool by category, priced in one market.", path: toolsIndexHref(market) });
}

export default async function ToolsInMarketPage({ params }: PageProps<"/tools/market/[market]">) {
  const market = marketFromParam((await params).market);
  if (!market || market === DEFAULT_MARKET) notFound();
  return <ToolIndex groups={toolIndex(getCatalog(), market)} market={market} />;
}
