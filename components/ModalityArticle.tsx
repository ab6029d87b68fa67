import type { ReactNode } from "react";
import { IntentLink } from "@/components/IntentLink";
import { CitedLine } from "@/components/CitedLine";
import type { Modality, Study, Tool } from "@/lib/catalog/catalog";
import { sectionCrumb } from "@/lib/catalog/sections";
import { compareHref, MAX_COMPARED } from "@/lib/catalog/compare";
import { CATEGORY_LABELS } from "@/lib/content/vocabulary";
import { formatCost, formatRange } from "@/lib/catalog/format";
import { modalityEvidence } from "@/lib/catalog/evidence";
import { ArticleBody } from "./ArticleBody";
import { MedicalDisclaimer } from "./MedicalDisclaimer";
import { articleJsonLd } from "@/lib/catalog/structured-data";
import { Breadcrumbs } from "./Breadcrumbs";
import { JsonLd } from "./JsonLd";
import { DraftBanner } from "./DraftBanner";
import { EvidenceSummary } from "./EvidenceSummary";
import { ChangeLog } from "./ChangeLog";
import { ReferenceList } from "./ReferenceList";
import { TableOfContents } from "./TableOfContents";
import { ToolList } from "./ToolList";
import { UpdatedDate } from "./UpdatedDate";

/** The facts a reader weighs before the long read: dose, time, cost, where, risks. */
function QuickFacts({ modality }: { modality: Modality }) {
  const facts: [string, ReactNode][] = [
    ["Dose", modality.dose],
    ["Time per session", modality.sessionMinutes && formatRange(modality.sessionMinutes, "min")],
    ["Timing", modality.timing],
    ["Cost", modality.cost && formatCost(modality.cost)],
    ["Where", modality.setting.length ? modality.setting.join(", ") : undefined],
    ["Main risks", modality.risksCited && <CitedLine text={modality.risksCited} />],
  ];
  const shown = facts.filter(([, v]) => v);
  if (shown.length === 0) return null;
  return (
    <dl className="quick-facts">
      {shown.map(([label, value]) => (
        <div key={label} className="quick-facts__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ModalityArticle({ modality, tools, studies }: { modality: Modality; tools: readonly Tool[]; studies: readonly Study[] }) {
  const path = modality.href;
  return (
    <article className="article">
      <JsonLd data={articleJsonLd(modality, studies)} />
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, sectionCrumb("modalities")]} current={modality.title} path={path} />
      <DraftBanner draft={modality.draft} />
      <header className="article__header">
        <p className="eyebrow">{CATEGORY_LABELS[modality.category]}</p>
        <h1>{modality.title}</h1>
        {modality.aliases.length > 0 && <p className="aliases">Also called: {modality.aliases.join(", ")}</p>}
        <p className="lede">{modality.summary}</p>
        <UpdatedDate date={modality.updated} words={modality.body.words} />
      </header>
      <MedicalDisclaimer />
      <QuickFacts modality={modality} />
      <EvidenceSummary outcomes={modalityEvidence(modality)} />
      <TableOfContents toc={modality.body.toc} />
      <ArticleBody body={modality.body} />
      <section aria-labelledby="tools-heading">
        <h2 id="tools-heading">Tools we review for this method</h2>
        {tools.length ? <ToolList tools={tools} /> : <p>No tool is needed: you can do this with what you have.</p>}
        {tools.length > 1 && (
          <p className="action">
            <IntentLink href={compareHref("tools", tools.slice(0, MAX_COMPARED).map((t) => t.slug))}>
              Compare {tools.length > MAX_COMPARED ? `the first ${MAX_COMPARED} of these tools` : "these tools"} side by side
            </IntentLink>
          </p>
        )}
        <p className="action">
          <IntentLink href={compareHref("modalities", [modality.slug])}>Compare {modality.title.toLowerCase()} with another method</IntentLink>
        </p>
      </section>
      <ReferenceList studies={studies} />
      <ChangeLog changes={modality.changes} />
    </article>
  );
}
