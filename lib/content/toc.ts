import type { TocEntry } from "./markdown";

/** A top-level entry of a table of contents, with the h3 entries under it. */
export interface TocNode extends TocEntry {
  children: TocEntry[];
}

/**
 * Nests each h3 under the h2 before it, so a table of contents numbers its sections 1, 2, 3 and
 * each section's subsections within it. An h3 before any h2 has no section to go in and stays at
 * the top level.
 */
export function tocTree(toc: readonly TocEntry[]): TocNode[] {
  const tree: TocNode[] = [];
  for (const entry of toc) {
    const section = tree.at(-1);
    if (entry.depth === 3 && section?.depth === 2) section.children.push(entry);
    else tree.push({ ...entry, children: [] });
  }
  return tree;
}
