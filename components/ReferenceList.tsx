import type { Reference } from "@/lib/content/schemas";

const KIND_LABELS: Record<Reference["kind"], string> = {
  "meta-analysis": "Meta-analysis",
  "systematic-review": "Systematic review",
  "narrative-review": "Narrative review",
  "consensus-statement": "Consensus statement",
  "position-stand": "Position stand",
  trial: "Trial",
  observational: "Observational study",
  "validation-study": "Validation study",
  regulatory: "Regulatory filing",
  manufacturer: "Manufacturer",
  press: "Press",
};

export function ReferenceList({ references }: { references: Reference[] }) {
  if (references.length === 0) return null;
  return (
    <section aria-labelledby="references-heading" className="references">
      <h2 id="references-heading">References</h2>
      <ol>
        {references.map((r) => {
          const href = r.doi ? `https://doi.org/${r.doi}` : r.url!;
          return (
            <li key={r.id} id={`ref-${r.id}`}>
              {r.authors} ({r.year ?? "n.d."}). <cite>{r.title}</cite>. {r.source}. <span className="ref-kind">{KIND_LABELS[r.kind]}</span>.{" "}
              <a href={href} rel="external noopener noreferrer" className="external">
                {r.doi ? `doi:${r.doi}` : "Source"}
              </a>
              {r.note && <span className="ref-note"> {r.note}</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
