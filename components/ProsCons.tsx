export function ProsCons({ bestFor, pros, cons }: { bestFor: string[]; pros: string[]; cons: string[] }) {
  return (
    <section aria-labelledby="fit-heading" className="pros-cons">
      <h2 id="fit-heading">Who it suits</h2>
      <h3>Best for</h3>
      <ul>
        {bestFor.map((b) => (
          <li key={b}>{b}</li>
        ))}
      </ul>
      <div className="pros-cons__columns">
        <div>
          <h3>Pros</h3>
          <ul>
            {pros.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
        <div>
          <h3>Cons</h3>
          <ul>
            {cons.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
