import type { TocEntry } from "@/lib/content/markdown";
import { tocTree } from "@/lib/content/toc";

const link = (t: TocEntry) => <a href={`#${t.id}`}>{t.text}</a>;

/** The page's sections as a nested, numbered list: each h3 in a list of its own inside its h2's item. */
export function TableOfContents({ toc }: { toc: TocEntry[] }) {
  if (toc.length < 2) return null;
  return (
    <nav aria-labelledby="toc-heading" className="toc">
      <h2 id="toc-heading">On this page</h2>
      <ol>
        {tocTree(toc).map((section) => (
          <li key={section.id}>
            {link(section)}
            {section.children.length > 0 && (
              <ol>
                {section.children.map((sub) => (
                  <li key={sub.id}>{link(sub)}</li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
