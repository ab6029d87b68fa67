import type { Modality } from "@/lib/catalog/catalog";
import { CATEGORY_LABELS } from "@/lib/content/vocabulary";
import { Card, CardList } from "./Card";

/** Modalities as cards: the category's icon and name, the title as the link, and the one-sentence summary. */
export function ModalityList({ modalities, headingLevel = 3 }: { modalities: readonly Modality[]; headingLevel?: 2 | 3 }) {
  return (
    <CardList>
      {modalities.map((m) => (
        <Card key={m.slug} entry={m} headingLevel={headingLevel} category={{ slug: m.category, label: CATEGORY_LABELS[m.category] }} />
      ))}
    </CardList>
  );
}
