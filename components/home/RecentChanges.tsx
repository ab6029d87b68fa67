import type { RecentChange } from "@/lib/catalog/home";
import { formatDate } from "@/lib/catalog/format";

/** The newest corrections and regrades across the site, each linked to its article. */
export function RecentChanges({ changes }: { changes: readonly RecentChange[] }) {
  if (changes.length === 0) return null;
  return (
    <ol className="recent">
      {changes.map((c) => (
        <li key={`${c.href}-${c.date}`}>
          <time dateTime={c.date}>{formatDate(c.date)}</time>
          <a href={c.href}>{c.title}</a>
          <p>{c.summary}</p>
        </li>
      ))}
    </ol>
  );
}
