import { SOURCE_KIND_LABELS } from "@/lib/content/vocabulary";
import type { ToolSource } from "@/lib/content/schemas";
import { formatDate } from "@/lib/catalog/format";

/** Who published a figure (linked when it can be checked), what kind of source that is, and the source's own date. */
export function SourceCredit({ source }: { source: ToolSource }) {
  return (
    <>
      {source.url ? (
        <a href={source.url} rel="external noopener noreferrer" className="external">
          {source.title}
        </a>
      ) : (
        source.title
      )}{" "}
      ({SOURCE_KIND_LABELS[source.kind]},{" "}
      {source.date === "n.d." ? <abbr title="no date">n.d.</abbr> : <time dateTime={source.date}>{formatDate(source.date)}</time>})
    </>
  );
}
