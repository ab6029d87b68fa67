import type { Guide, Modality, Study, Tool } from "@/lib/catalog/catalog";
import { sectionCrumb } from "@/lib/catalog/sections";
import { ArticleBody } from "./ArticleBody";
import { MedicalDisclaimer } from "./MedicalDisclaimer";
import { articleJsonLd } from "@/lib/catalog/structured-data";
import { Breadcrumbs } from "./Breadcrumbs";
import { JsonLd } from "./JsonLd";
import { DraftBanner } from "./DraftBanner";
import { ModalityList } from "./ModalityList";
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
}: {
  guide: Guide;
  modalities: readonly Modality[];
  tools: readonly Tool[];
  studies: readonly Study[];
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
