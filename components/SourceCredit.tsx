import { SOURCE_KIND_LABELS } from "@/lib/content/vocabulary";
import type { Price } from "@/lib/content/schemas";
import { formatDate } from "@/lib/catalog/format";

/** Who published a figure (linked when it can be checked), what kind of source that is, and the source's own date. */
export function SourceCredit({ sourced }: { sourced: Pick<Price, "source" | "sourceKind" | "sourceDate" | "url"> }) {
  return (
    <>
      {sourced.url ? (
        <a href={sourced.url} rel="external noopener noreferrer" className="external">
          {sourced.source}
        </a>
      ) : (
        sourced.source
      )}{" "}
      ({SOURCE_KIND_LABELS[sourced.sourceKind]},{" "}
      {sourced.sourceDate === "n.d." ? (
        <abbr title="no date">n.d.</abbr>
      ) : (
        <time dateTime={sourced.sourceDate}>{formatDate(sourced.sourceDate)}</time>
      )}
      )
    </>
  );
}
