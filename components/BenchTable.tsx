import type { BenchRow } from "@/lib/catalog/bench";
import { inSentence } from "@/lib/content/vocabulary";
import { SourceCredit } from "./SourceCredit";

/** The source column's name, in its header and beside each source on a phone. */
const SOURCE = "Source";

/** The category's test bench: every attribute, each a sourced value or an explicit "not published" / "not found". */
export function BenchTable({ category, rows }: { category: string; rows: readonly BenchRow[] }) {
  return (
    <table className="data-table bench rows-on-phone">
      <caption>The {inSentence(category)} test bench: the same facts for every product of the kind</caption>
      <thead>
        <tr>
          <th scope="col">Attribute</th>
          <th scope="col">Value</th>
          <th scope="col">{SOURCE}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className={r.hole ? "bench__hole" : undefined}>
            <th scope="row">{r.label}</th>
            <td>
              {r.text}
              {r.note && <span className="bench__note"> ({r.note})</span>}
            </td>
            <td data-label={SOURCE}>{r.source ? <SourceCredit source={r.source} /> : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
