import { IntentLink } from "@/components/IntentLink";
import type { Modality } from "@/lib/catalog/catalog";

/** Modalities as linked cards with their one-sentence summary. */
export function ModalityList({ modalities, headingLevel = 3 }: { modalities: readonly Modality[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="card-list">
      {modalities.map((m) => (
        <li key={m.slug} className="card">
          <Heading className="card__title">
            <IntentLink href={m.href}>{m.title}</IntentLink>
          </Heading>
          <p>{m.summary}</p>
        </li>
      ))}
    </ul>
  );
}
