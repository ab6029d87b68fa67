import Link from "next/link";
import type { Modality } from "@/lib/catalog";

/** Modalities as linked cards with their one-sentence summary. */
export function ModalityList({ modalities, headingLevel = 3 }: { modalities: readonly Modality[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="card-list">
      {modalities.map((m) => (
        <li key={m.slug} className="card">
          <Heading className="card__title">
            <Link href={`/modalities/${m.slug}`}>{m.title}</Link>
          </Heading>
          <p>{m.summary}</p>
        </li>
      ))}
    </ul>
  );
}
