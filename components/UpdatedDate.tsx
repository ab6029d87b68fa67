import { formatDate } from "@/lib/format";

export function UpdatedDate({ date }: { date: string }) {
  return (
    <p className="updated">
      Last reviewed <time dateTime={date}>{formatDate(date)}</time>
    </p>
  );
}
