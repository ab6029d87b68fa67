import type { Guide, Modality, Study, Tool } from "@/lib/catalog/catalog";
import { sectionCrumb } from "@/lib/catalog/sections";
import { GENERAL_TIMELINE_CAPTION } from "@/lib/catalog/plan-timeline";
import { ArticleBody } from "./ArticleBody";
import { MedicalDisclaimer } from "./MedicalDisclaimer";
import { articleJsonLd } from "@/lib/catalog/structured-data";
import { Breadcrumbs } from "./Breadcrumbs";
import { JsonLd } from "./JsonLd";
import { DraftBanner } from "./DraftBanner";
import { ModalityList } from "./ModalityList";
import { IntentLink } from "./IntentLink";
import { PlanTimeline, type TimelineSession } from "./PlanTimeline";
import { ChangeLog } from "./ChangeLog";
import { ReferenceList } from "./ReferenceList";
import { TableOfContents } from "./TableOfContents";
import { ToolList } from "./ToolList";
import { UpdatedDate } from "./UpdatedDate";

export function GuideArticle({
  guide,
  modalities,
  tools,
  studies,
  timeline,
}: {
  guide: Guide;
  modalities: readonly Modality[];
  tools: readonly Tool[];
  studies: readonly Study[];
  /** The planner's general timeline (lib/catalog/plan-timeline.ts), for a guide that asks for it with planTimeline. */
  timeline?: TimelineSession;
}) {
  const path = guide.href;
  return (
    <article className="article">
      <JsonLd data={articleJsonLd(guide, studies)} />
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, sectionCrumb("guides")]} current={guide.title} path={path} />
      <DraftBanner draft={guide.draft} />
      <header className="article__header">
        <h1>{guide.title}</h1>
        <p className="lede">{guide.summary}</p>
        <UpdatedDate date={guide.updated} words={guide.body.words} />
      </header>
      <MedicalDisclaimer />
      <TableOfContents toc={guide.body.toc} />
      <ArticleBody body={guide.body} />
      {timeline && (
        <section aria-labelledby="guide-timeline-heading">
          <h2 id="guide-timeline-heading">The 48 hours after a hard session</h2>
          <PlanTimeline heading={GENERAL_TIMELINE_CAPTION} session={timeline} />
          <p>
            <IntentLink href="/plan">Plan your own week</IntentLink>: put in your sessions and get this for each of them.
          </p>
        </section>
      )}
      {modalities.length > 0 && (
        <section aria-labelledby="guide-modalities-heading">
          <h2 id="guide-modalities-heading">Methods in this guide</h2>
          <ModalityList modalities={modalities} />
        </section>
      )}
      {tools.length > 0 && (
        <section aria-labelledby="guide-tools-heading">
          <h2 id="guide-tools-heading">Tools in this guide</h2>
          <ToolList tools={tools} />
        </section>
      )}
      <ReferenceList studies={studies} />
      <ChangeLog changes={guide.changes} />
    </article>
  );
}
