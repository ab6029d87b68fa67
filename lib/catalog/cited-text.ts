import type { Route } from "next";
import { findCitations } from "../content/citation-syntax";
import type { Study } from "../content/load";

/** A link to the study a citation names. */
export interface CitationLink {
  label: string;
  href: Route;
}

/** A line of text with its citations resolved: plain runs, and links to the studies they name. */
export type CitedText = readonly (string | CitationLink)[];

/**
 * Splits a line written in frontmatter ("… frostbite (Graham 2000), so …") at its citations, each
 * a link to its study, as citations in a body are. The content check has already refused a label
 * no study carries; one whose study is a draft stays text, as its link would be dropped.
 */
export function citedText(text: string, citedAs: (label: string) => Study | undefined): CitedText {
  const parts: (string | CitationLink)[] = [];
  let at = 0;
  for (const { label, index } of findCitations(text)) {
    const study = citedAs(label);
    if (!study) continue;
    if (index > at) parts.push(text.slice(at, index));
    parts.push({ label, href: study.href });
    at = index + label.length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
