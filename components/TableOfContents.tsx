import type { TocEntry } from "@/lib/content/markdown";

export function TableOfContents({ toc }: { toc: TocEntry[] }) {
  if (toc.length < 2) return null;
  return (
    <nav aria-labelledby="toc-heading" className="toc">
      <h2 id="toc-heading">On this page</h2>
      <ol>
        {toc.map((t) => (
          <li key={t.id} className={t.depth === 3 ? "toc__sub" : undefined}>
            <a href={`#${t.id}`}>{t.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
