export function ProsCons({ bestFor, pros, cons }: { bestFor: string[]; pros: string[]; cons: string[] }) {
  return (
    <div className="pros-cons">
      <h3>Best for</h3>
      <ul>
        {bestFor.map((b) => (
          <li key={b}>{b}</li>
        ))}
      </ul>
      <div className="pros-cons__columns">
        <div>
          <h4>Pros</h4>
          <ul>
            {pros.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
        <div>
          <h4>Cons</h4>
          <ul>
            {cons.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
