// A comparison's URL, apart from compare.ts so the browser's instant search can link to one
// without carrying the comparison's table code. compare.ts re-exports all of it.

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

export type KeptComparisonHref = `/compare/${"tools" | "modalities"}/${string}`;
export type CompareHref = KeptComparisonHref | `/compare?${string}`;

/**
 * A comparison's one URL, with the chosen slugs in the reader's order. Enough items to compare make
 * a path, /compare/tools/a/b, which is rendered once and kept (lib/catalog/kept-comparisons.ts);
 * fewer make the query the compare page reads, /compare?tools=a, which asks for more.
 */
export function compareHref(kind: "tools" | "modalities", slugs: readonly string[]): CompareHref {
  return slugs.length >= MIN_COMPARED ? `/compare/${kind}/${slugs.join("/")}` : `/compare?${kind}=${slugs.join(",")}`;
}
