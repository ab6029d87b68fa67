import { IntentLink } from "@/components/IntentLink";
import type { CitedText } from "@/lib/catalog/cited-text";

/** A line of text whose citations link to their studies, as they do in an article's body. */
export function CitedLine({ text }: { text: CitedText }) {
  return text.map((part, i) =>
    typeof part === "string" ? (
      part
    ) : (
      <IntentLink key={i} href={part.href}>
        {part.label}
      </IntentLink>
    ),
  );
}
