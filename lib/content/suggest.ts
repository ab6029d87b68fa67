import { closest as nearest, distance } from "fastest-levenshtein";

/**
 * The known name closest to `name`, or undefined when none is close enough to be a plausible
 * typo (more than a third of the name would have to change).
 */
export function closest(name: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = nearest(name, known as string[]);
  return distance(name, best) <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/** The suffix every check's message gives a likely typo: ` (did you mean "x"?)`, or nothing when no name is close. */
export function didYouMean(name: string, known: Iterable<string>, prefix = ""): string {
  const near = closest(name, [...known]);
  return near ? ` (did you mean "${prefix}${near}"?)` : "";
}
