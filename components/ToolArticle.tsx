import type { Route } from "next";
import { IntentLink } from "@/components/IntentLink";
import type { Alternative, Modality, Study, Tool } from "@/lib/catalog/catalog";
import { sectionCrumb } from "@/lib/catalog/sections";
import { compareHref, MAX_COMPARED } from "@/lib/catalog/compare";
import { ArticleBody } from "./ArticleBody";
import { productJsonLd } from "@/lib/catalog/structured-data";
import { Breadcrumbs } from "./Breadcrumbs";
import { JsonLd } from "./JsonLd";
import { DraftBanner } from "./DraftBanner";
import { GradeBadge } from "./GradeBadge";
import { MedicalDisclaimer } from "./MedicalDisclaimer";
import { PriceTable } from "./PriceTable";
import { BenchTable } from "./BenchTable";
import { allPrices, firstYearCost } from "@/lib/catalog/markets";
import { benchRows } from "@/lib/catalog/bench";
import { TOOL_CATEGORIES } from "@/lib/content/benches";
import { MARKETS } from "@/lib/content/vocabulary";
import { ProsCons } from "./ProsCons";
import { ChangeLog } from "./ChangeLog";
import { ReferenceList } from "./ReferenceList";
import { TableOfContents } from "./TableOfContents";
import { ToolList } from "./ToolList";
import { UpdatedDate } from "./UpdatedDate";

/** What a tool does comes from the modalities it delivers, so their soreness grade is shown with each. */
function DeliveredModalities({ modalities }: { modalities: readonly Modality[] }) {
  return (
    <>
      <h3>What it delivers</h3>
      <ul className="delivered">
        {modalities.map((m) => (
          <li key={m.slug}>
            <IntentLink href={m.href}>{m.title}</IntentLink>
            <span className="delivered__grade">
              Soreness: <GradeBadge grade={m.grades.soreness.grade} />
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function CheaperAlternative({ note, alternative }: { note: string; alternative: Alternative | undefined }) {
  const href = alternative?.entry.href;
  return (
    <>
      <h3>Cheaper or free alternative</h3>
      <p>
        {note}
        {alternative && href && (
          <>
            {" "}
            See <IntentLink href={href}>{alternative.entry.title}</IntentLink>.
          </>
        )}
      </p>
    </>
  );
}

export function ToolArticle({
  tool,
  modalities,
  related,
  alternative,
  studies,
  replacement,
  buyingGuide,
}: {
  tool: Tool;
  modalities: readonly Modality[];
  related: readonly Tool[];
  alternative: Alternative | undefined;
  studies: readonly Study[];
  /** The model that replaced this one, when it is discontinued. */
  replacement?: Tool;
  /** The buying guide of the tool's category, when one is published. */
  buyingGuide?: { href: Route; title: string };
}) {
  const path = tool.href;
  return (
    <article className="article">
      <JsonLd data={productJsonLd(tool, modalities)} />
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, sectionCrumb("tools")]} current={tool.title} path={path} />
      <DraftBanner draft={tool.draft} />
      <header className="article__header">
        <p className="eyebrow">{tool.brand}</p>
        <h1>{tool.title}</h1>
        <p className="lede">{tool.summary}</p>
        <UpdatedDate date={tool.updated} words={tool.body.words} />
      </header>
      {replacement && (
        <p className="notice" role="note">
          Discontinued: replaced by <IntentLink href={replacement.href}>{replacement.title}</IntentLink>. This page is kept for owners and the second-hand market.
        </p>
      )}
      {buyingGuide && (
        <p>
          Weighing it against its rivals? <IntentLink href={buyingGuide.href}>{buyingGuide.title}</IntentLink> has the picks.
        </p>
      )}
      <MedicalDisclaimer />
      <section aria-labelledby="glance-heading" className="at-a-glance">
        <h2 id="glance-heading">At a glance</h2>
        <h3>Price</h3>
        <PriceTable
          prices={allPrices(tool)}
          firstYear={Object.fromEntries(MARKETS.flatMap((m) => (firstYearCost(tool, m) !== undefined ? [[m, firstYearCost(tool, m)]] : [])))}
          runningNote={tool.runningCosts?.note}
        />
        <DeliveredModalities modalities={modalities} />
        <h3>Test bench</h3>
        <BenchTable category={TOOL_CATEGORIES[tool.category].label} rows={benchRows(tool)} />
        <ProsCons bestFor={tool.bestFor} pros={tool.pros} cons={tool.cons} />
        <CheaperAlternative note={tool.alternative.note} alternative={alternative} />
      </section>
      <TableOfContents toc={tool.body.toc} />
      <ArticleBody body={tool.body} />
      {related.length > 0 && (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">Related tools</h2>
          <ToolList tools={related} />
          <h3>Compare side by side</h3>
          <ul className="link-list compare-links">
            {related.slice(0, 6).map((r) => (
              <li key={r.slug}>
                <IntentLink href={compareHref("tools", [tool.slug, r.slug])}>
                  Compare {tool.title} with {r.title}
                </IntentLink>
              </li>
            ))}
            {related.length > 1 && (
              <li>
                <IntentLink href={compareHref("tools", [tool, ...related].slice(0, MAX_COMPARED).map((t) => t.slug))}>
                  Compare {tool.title} with {related.slice(0, MAX_COMPARED - 1).map((t) => t.title).join(", ")}
                </IntentLink>
              </li>
            )}
          </ul>
        </section>
      )}
      <ReferenceList studies={studies} />
      <ChangeLog changes={tool.changes} />
    </article>
  );
}
