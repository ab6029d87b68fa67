import type { Change } from "@/lib/content/schemas";
import { formatDate } from "@/lib/catalog/format";

/** What changed in an article and when, newest first: corrections are shown, not buried. */
export function ChangeLog({ changes }: { changes: readonly Change[] }) {
  if (changes.length === 0) return null;
  return (
    <section aria-labelledby="changes-heading" className="changes">
      <h2 id="changes-heading">Corrections and updates</h2>
      <ol className="changes__list" reversed>
        {changes.map((c, i) => (
          <li key={`${c.date}-${i}`}>
            <time dateTime={c.date}>{formatDate(c.date)}</time>: {c.summary}
          </li>
        ))}
      </ol>
    </section>
  );
}
