import { Breadcrumbs } from "@/components/Breadcrumbs";
import type { ToolGroup } from "@/lib/catalog/tool-index";
import { toolsIndexHref } from "@/lib/catalog/markets";
import { toolFilterHref } from "@/lib/catalog/tool-filter";
import { MARKET_LABELS, type Market } from "@/lib/content/vocabulary";
import { IntentLink } from "./IntentLink";
import { MarketForm } from "./MarketForm";
import { ToolList } from "./ToolList";

/** Every tool by category, each price in the reader's market only, so no list mixes currencies. */
export function ToolIndex({ groups, market }: { groups: readonly ToolGroup[]; market: Market }) {
  return (
    <div className="page--wide">
      <Breadcrumbs trail={[{ href: "/", label: "Home" }]} current="Tools" path={toolsIndexHref(market)} />
      <h1>Recovery tools</h1>
      <p className="lede">
        Prices are shown for {MARKET_LABELS[market]}, as a named source published them; each tool&apos;s page gives every market&apos;s price with its
        source and date, and its test bench.
      </p>
      <MarketForm market={market} />
      <p>
        <IntentLink href={toolFilterHref({ market, sort: "evidence", page: 1 })}>Filter and sort every tool</IntentLink> by kind, price,
        body area and place.
      </p>
      {groups.map((g) => (
        <section key={g.category} aria-labelledby={`category-${g.category}`}>
          <h2 id={`category-${g.category}`}>{g.label}</h2>
          {g.guide && (
            <p>
              <IntentLink href={g.guide.href}>{g.guide.title}: the picks</IntentLink>
            </p>
          )}
          <ToolList tools={g.tools} market={market} />
        </section>
      ))}
    </div>
  );
}
