import type { Notice } from "@/lib/web/query";

/** Tells the reader what in their URL or form was not used, and why. */
export function NoticeList({ notices, title = "Some of your choices were not used" }: { notices: Notice[]; title?: string }) {
  if (notices.length === 0) return null;
  return (
    <section className="notices" role="status" aria-labelledby="notices-heading">
      <h2 id="notices-heading">{title}</h2>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>
            <q>{n.value}</q> {n.reason}.
          </li>
        ))}
      </ul>
    </section>
  );
}
