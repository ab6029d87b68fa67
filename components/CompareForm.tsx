import { MAX_COMPARED } from "@/lib/catalog/compare";

interface Option {
  slug: string;
  title: string;
}

/**
 * A plain GET form: it works without JavaScript and its result is a shareable URL. Each slot is
 * a labelled select, so adding, removing or swapping an item is choosing another option.
 */
export function CompareForm({
  kind,
  options,
  selected,
}: {
  kind: "tools" | "modalities";
  options: readonly Option[];
  selected: readonly Option[];
}) {
  const noun = kind === "tools" ? "tool" : "method";
  return (
    <form method="get" action="/compare" className="compare-form">
      <fieldset>
        <legend>
          Choose 2 to {MAX_COMPARED} {noun}s to compare
        </legend>
        <div className="compare-form__slots">
          {Array.from({ length: MAX_COMPARED }, (_, i) => (
            <label key={i} className="compare-form__slot">
              <span>
                {noun === "tool" ? "Tool" : "Method"} {i + 1}
              </span>
              <select name={kind} defaultValue={selected[i]?.slug ?? ""}>
                <option value="">None</option>
                {options.map((o) => (
                  <option key={o.slug} value={o.slug}>
                    {o.title}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
        <button type="submit">Compare {noun}s</button>
      </fieldset>
    </form>
  );
}
