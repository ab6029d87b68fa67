import type { Entry } from "@/lib/catalog/catalog";
import { inSentence } from "@/lib/content/vocabulary";
import type { CategoryPicks } from "@/lib/catalog/picks";
import { sectionCrumb } from "@/lib/catalog/sections";
import { formatDate } from "@/lib/catalog/format";
import { ArticleBody } from "./ArticleBody";
import { Breadcrumbs } from "./Breadcrumbs";
import { ChangeLog } from "./ChangeLog";
import { DraftBanner } from "./DraftBanner";
import { IntentLink } from "./IntentLink";
import { TableOfContents } from "./TableOfContents";
import { ToolList } from "./ToolList";
import { UpdatedDate } from "./UpdatedDate";

/** A category's buying guide: the picks and why, what to skip, everything considered, and when the picks were last reviewed. */
export function CategoryArticle({ page, picks }: { page: Entry<"categories">; picks: CategoryPicks }) {
  return (
    <article className="article">
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, sectionCrumb("tools"), sectionCrumb("categories")]} current={page.title} path={page.href} />
      <DraftBanner draft={page.draft} />
      <header className="article__header">
        <p className="eyebrow">{picks.label}</p>
        <h1>{page.title}</h1>
        <p className="lede">{page.summary}</p>
        <UpdatedDate date={page.updated} words={page.body.words} />
        <p>
          Picks last reviewed <time dateTime={page.picksReviewed}>{formatDate(page.picksReviewed)}</time>.
        </p>
      </header>
      <section aria-labelledby="picks-heading" className="picks">
        <h2 id="picks-heading">The picks</h2>
        <dl>
          {picks.picks.map((p) => (
            <div key={p.role} className="picks__row">
              <dt>{p.role}</dt>
              <dd>
                <IntentLink href={p.tool.href}>{p.tool.title}</IntentLink>: {p.why}
              </dd>
            </div>
          ))}
        </dl>
        {picks.compare && (
          <p>
            <IntentLink href={picks.compare}>Compare the picks on the {inSentence(picks.label)} bench</IntentLink>
          </p>
        )}
      </section>
      {picks.skip.length > 0 && (
        <section aria-labelledby="skip-heading">
          <h2 id="skip-heading">Skip it</h2>
          <ul>
            {picks.skip.map((s) => (
              <li key={s.entry.href}>
                <IntentLink href={s.entry.href}>{s.entry.title}</IntentLink>: {s.why}
              </li>
            ))}
          </ul>
        </section>
      )}
      <TableOfContents toc={page.body.toc} />
      <ArticleBody body={page.body} />
      <section aria-labelledby="considered-heading">
        <h2 id="considered-heading">Everything we considered</h2>
        <ToolList tools={picks.considered} />
      </section>
      <ChangeLog changes={page.changes} />
    </article>
  );
}
