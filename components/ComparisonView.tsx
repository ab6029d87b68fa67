import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { CompareForm } from "@/components/CompareForm";
import { CompareTable } from "@/components/CompareTable";
import { NoticeList } from "@/components/NoticeList";
import { compareColumns, comparisonTitle, MIN_COMPARED, type Comparison } from "@/lib/compare";

interface Option {
  slug: string;
  title: string;
}

/** The whole compare page for one comparison: the table, the forms to change it, and suggestions when empty. */
export function ComparisonView({
  comparison,
  tools,
  modalities,
  suggestions,
}: {
  comparison: Comparison;
  tools: readonly Option[];
  modalities: readonly Option[];
  suggestions: readonly { href: `/compare?${string}`; label: string }[];
}) {
  return (
    <>
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
          caption={`${comparison.kind === "tools" ? "Tools" : "Methods"} compared: ${comparison.items.map((i) => i.title).join(", ")}. Rows marked “differs” are where they are not the same.`}
          columns={compareColumns(comparison)}
          rows={comparison.rows}
        />
      )}
      {comparison.kind !== "modalities" && <CompareForm kind="tools" options={tools} selected={comparison.kind === "tools" ? comparison.items : []} />}
      {comparison.kind !== "tools" && (
        <CompareForm kind="modalities" options={modalities} selected={comparison.kind === "modalities" ? comparison.items : []} />
      )}
      {comparison.kind !== "none" && (
        <p>
          <Link href="/compare">Start a new comparison</Link> (tools or methods)
        </p>
      )}
      {comparison.items.length === 0 && (
        <section aria-labelledby="suggested-heading">
          <h2 id="suggested-heading">Popular comparisons</h2>
          <ul className="link-list">
            {suggestions.map((s) => (
              <li key={s.href}>
                <Link href={s.href}>{s.label}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
