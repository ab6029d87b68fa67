import { formatDate } from "@/lib/catalog/format";

const WORDS_PER_MINUTE = 220;

/** "Last reviewed" date, and the reading time when the body's length is known. */
export function UpdatedDate({ date, words }: { date: string; words?: number }) {
  return (
    <p className="updated">
      Last reviewed <time dateTime={date}>{formatDate(date)}</time>
      {words !== undefined && <> · {Math.max(1, Math.round(words / WORDS_PER_MINUTE))} min read</>}
    </p>
  );
}
