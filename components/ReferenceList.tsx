import { IntentLink } from "@/components/IntentLink";
import type { Study } from "@/lib/catalog/catalog";
import { studyLink } from "@/lib/catalog/format";
import { STUDY_KIND_LABELS } from "@/lib/content/vocabulary";

/** The studies an article cites, each linking to its page on this site and to the work itself. */
export function ReferenceList({ studies }: { studies: readonly Study[] }) {
  if (studies.length === 0) return null;
  return (
    <section aria-labelledby="references-heading" className="references">
      <h2 id="references-heading">References</h2>
      <ol>
        {studies.map((s) => {
          const link = studyLink(s);
          return (
            <li key={s.slug} id={`ref-${s.slug}`}>
              {s.authors} ({s.year ?? "n.d."}). <IntentLink href={s.href}>{s.title}</IntentLink>. {s.venue}.{" "}
              <span className="ref-kind">{STUDY_KIND_LABELS[s.kind]}</span>.{" "}
              <a href={link.href} rel="external noopener noreferrer" className="external">
                {link.label}
              </a>
              {s.note && <span className="ref-note"> {s.note}</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
