import type { Route } from "next";
import { formatDate } from "@/lib/catalog/format";
import type { PlanRuleView } from "@/lib/catalog/plan-rules-view";
import type { RenderedMarkdown } from "@/lib/content/markdown";
import { ArticleBody } from "./ArticleBody";
import { Breadcrumbs } from "./Breadcrumbs";
import { GradeBadge } from "./GradeBadge";
import { IntentLink } from "./IntentLink";

/** Column names, written once for the header row and for the labels a phone shows beside each value. */
const COLUMNS = { when: "When", evidence: "Evidence now", studies: "Studies" } as const;

/** The planner's rule table as a page: what each rule does, when, the grade it rests on now, and its studies. */
export function PlanRules({ title, summary, updated, body, rules }: { title: string; summary: string; updated: string; body: RenderedMarkdown; rules: PlanRuleView[] }) {
  return (
    <article>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { href: "/plan" as Route, label: "Planner" }]} current="How the planner decides" />
      <h1>{title}</h1>
      <p className="lede">{summary}</p>
      <p className="updated">Rules last reviewed {formatDate(updated)}.</p>
      <ArticleBody body={body} />
      <h2 id="the-rules">The rules</h2>
      <div className="table-scroll">
        <table className="data-table plan-rules rows-on-phone">
          <caption>Each rule, the sessions it follows, what it does, and the grade it rests on today</caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">{COLUMNS.when}</th>
              <th scope="col">{COLUMNS.evidence}</th>
              <th scope="col">{COLUMNS.studies}</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((r) => (
              <tr key={r.id} id={r.id}>
                <th scope="row">
                  {r.action}
                  <p className="plan-rules__say">{r.say}</p>
                </th>
                <td data-label={COLUMNS.when}>{r.when}</td>
                <td data-label={COLUMNS.evidence}>
                  {r.grade ? (
                    <>
                      <GradeBadge grade={r.grade.grade} /> for {r.grade.outcome}. <IntentLink href={r.grade.why}>Why</IntentLink>.{" "}
                      {r.condition && <span>{r.condition}</span>}
                    </>
                  ) : (
                    r.condition ?? "—"
                  )}
                </td>
                <td data-label={COLUMNS.studies}>
                  <ul className="plain-list">
                    {r.studies.map((s) => (
                      <li key={s.href}>
                        <IntentLink href={s.href}>{s.title}</IntentLink>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
