/** A small mark in running text, drawn rather than typed (DESIGN.md, "Pictures"); decoration only. */
export function Mark({ kind }: { kind: "onward" | "star" }) {
  return <span className={`mark mark--${kind}`} aria-hidden="true" />;
}
