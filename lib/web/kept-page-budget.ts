/**
 * How many pages one server process lets Next keep (ISR) of a kind whose pages are too many to
 * prerender: every ordered choice of tools is a comparison, every query a search. Past the budget,
 * new pages of that kind render per request and are not kept, so a flood of new addresses stops
 * competing for Next's memory cache (next.config.ts), which holds kept pages, with the pages readers use.
 */
export class KeptPageBudget {
  readonly #admitted = new Set<string>();
  constructor(private readonly max: number) {}

  /** Whether this page may be kept: it already is, or there is still room for it (which it then takes). */
  admit(path: string): boolean {
    if (!this.hasRoomFor(path)) return false;
    this.#admitted.add(path);
    return true;
  }

  /** Whether admit(path) would succeed, without taking room. */
  hasRoomFor(path: string): boolean {
    return this.#admitted.has(path) || this.#admitted.size < this.max;
  }
}
