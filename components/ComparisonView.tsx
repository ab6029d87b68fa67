import { IntentLink } from "@/components/IntentLink";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { CompareForm } from "@/components/CompareForm";
import { CompareTable } from "@/components/CompareTable";
import { NoticeList } from "@/components/NoticeList";
import { compareColumns, comparisonTitle, MIN_COMPARED, type CompareChoices, type Comparison } from "@/lib/catalog/compare";

/**
 * The whole compare page for one comparison: the table, the forms to change it (their options
 * are the site's tools and methods), and suggestions when nothing is chosen yet.
 */
export function ComparisonView({ comparison, choices }: { comparison: Comparison; choices: CompareChoices }) {
  return (
    <div className="page--wide">
      <Breadcrumbs trail={[{ href: "/", label: "Home" }]} current="Compare" />
      <h1>{comparisonTitle(comparison)}</h1>
      <NoticeList notices={comparison.notices} />
      {comparison.kind !== "none" && comparison.items.length < MIN_COMPARED && (
        <p className="notice-inline" role="status">
          Choose at least {MIN_COMPARED} to see them side by side.
        </p>
      )}
      {comparison.items.length > 0 && comparison.kind !== "none" && (
        <CompareTable
          caption={
            comparison.items.length < MIN_COMPARED
              ? `${comparison.kind === "tools" ? "Tool" : "Method"}: ${comparison.items[0].title}. Add another to see where they differ.`
              : `${comparison.kind === "tools" ? "Tools" : "Methods"} compared: ${comparison.items.map((i) => i.title).join(", ")}. Rows marked “differs” are where they are not the same.`
          }
          columns={compareColumns(comparison)}
          rows={comparison.rows}
          itemNoun={comparison.kind === "tools" ? "tools" : "methods"}
        />
      )}
      {comparison.kind !== "modalities" && <CompareForm kind="tools" options={choices.tools} selected={comparison.kind === "tools" ? comparison.items : []} />}
      {comparison.kind !== "tools" && (
        <CompareForm kind="modalities" options={choices.modalities} selected={comparison.kind === "modalities" ? comparison.items : []} />
      )}
      {comparison.kind !== "none" && (
        <p className="compare__restart">
          <IntentLink href="/compare">Start a new comparison</IntentLink> (tools or methods)
        </p>
      )}
      {comparison.items.length === 0 && (
        <section aria-labelledby="suggested-heading">
          <h2 id="suggested-heading">Popular comparisons</h2>
          <ul className="link-list">
            {choices.suggestions.map((s) => (
              <li key={s.href}>
                <IntentLink href={s.href}>{s.label}</IntentLink>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
