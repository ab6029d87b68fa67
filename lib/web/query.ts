import { closest } from "../content/suggest";

/** Something in the query string that was not used, and why, so the page can say so. */
export interface Notice {
  value: string;
  reason: string;
}

const MAX_VALUES = 20;
const MAX_SHOWN = 60;

/** Shortens a value from the URL for display, so a hostile query cannot flood the page. */
export function shown(value: string): string {
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
}

/**
 * A list of slugs from a query parameter, accepting both `a,b` and repeated `x=a&x=b` (what a
 * plain form sends). Blank entries are dropped; absurdly long lists are cut.
 */
export function readList(raw: string | string[] | undefined): string[] {
  const parts = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).flatMap((v) => v.split(","));
  return parts.map((p) => p.trim()).filter(Boolean).slice(0, MAX_VALUES);
}

/** The first value of a query parameter that may be repeated. */
export function readOne(raw: string | string[] | undefined): string | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value?.trim() || undefined;
}

/**
 * Picks the known entries named by `requested`, in the order given, without duplicates and at
 * most `max` of them; everything else becomes a notice saying why it was left out.
 */
export function pickEntries<T extends { slug: string }>(
  requested: string[],
  known: readonly T[],
  kind: string,
  max: number,
): { picked: T[]; notices: Notice[] } {
  const picked: T[] = [];
  const notices: Notice[] = [];
  const slugs = known.map((k) => k.slug);
  for (const value of requested) {
    const entry = known.find((k) => k.slug === value.toLowerCase());
    if (!entry) {
      const hint = closest(value.toLowerCase(), slugs);
      notices.push({ value: shown(value), reason: `is not a ${kind} we cover${hint ? ` (did you mean "${hint}"?)` : ""}` });
    } else if (picked.includes(entry)) {
      notices.push({ value: shown(value), reason: "was listed more than once; it is shown once" });
    } else if (picked.length >= max) {
      notices.push({ value: shown(value), reason: `was left out: up to ${max} can be compared at once` });
    } else {
      picked.push(entry);
    }
  }
  return { picked, notices };
}

/**
 * A query string's or a form's fields in the shape Next hands a page as `searchParams`: a repeated
 * key gives a list. Used wherever a page's reader is fed from elsewhere (a kept page's key, the
 * planner's form in the browser, the calendar export), so each reads exactly what the URL would say.
 */
export function queryRecord(entries: Iterable<[string, unknown]>): Record<string, string | string[]> {
  // No prototype, so a key such as `__proto__` is a key like any other.
  const query: Record<string, string | string[]> = Object.create(null);
  for (const [key, value] of entries) {
    if (typeof value !== "string") continue; // a file field; no form here has one
    const had = query[key];
    query[key] = had === undefined ? value : [had, value].flat();
  }
  return query;
}
