import type { Root as MdastRoot, RootContent as MdastContent, Text } from "mdast";
import type { VFile } from "vfile";
import { placeholderData } from "./quote-syntax";

/**
 * Citations: "(Machado 2016)" or "(Roberts 2015; Malta 2021)" in running text. Editors write them
 * as they would anywhere; each is checked against the studies the article lists and rendered as a
 * link to that study's page.
 */

/** A citation written in a body, with where it is. */
export interface WrittenCitation {
  label: string;
  line: number;
  column: number;
}

/** The year part of a label: a year, or n.d. for an undated page, either with a letter that tells two works apart. */
const YEAR = String.raw`(?:1[89]\d\d|20\d\d)[a-z]?|n\.d\.(?:-[a-z])?`;

/**
 * What a label is made from: a study's fields of those names. Written out rather than taken from
 * the study schema's type, because that schema checks its labels with `citeLabel` and the types
 * would then depend on each other.
 */
export interface Labelled {
  authors: string;
  year?: number;
  citeAs?: string;
}

/** How a study is cited in running text: its citeAs, else the first author's surname and the year, e.g. "Machado 2016". */
export function citeLabel(study: Labelled): string {
  if (study.citeAs) return study.citeAs;
  // "Van Hooren B" is Van Hooren: the surname is everything before the initials.
  const words = study.authors.split(/[,;]/)[0].trim().split(/\s+/);
  const initials = words.length > 1 && /^[A-Z][A-Z.-]{0,3}$/.test(words.at(-1)!);
  return `${(initials ? words.slice(0, -1) : words).join(" ")} ${study.year ?? "n.d."}`;
}

/** Whether a citeAs ends with the year the work gives (n.d. when none), so the label and the record cannot disagree. */
export function citeAsFitsYear(citeAs: string, year: number | undefined): boolean {
  return yearOf(citeAs) === (year === undefined ? "n.d." : String(year));
}

const LABEL_YEAR = new RegExp(String.raw`\s(${YEAR})$`);

/** The year a label ends with, its letter dropped: "2014" of "Hill 2014b", "n.d." of "Therabody n.d.-a". */
export function yearOf(label: string): string | undefined {
  return LABEL_YEAR.exec(label)?.[1].replace(/-?[a-z]$/, "");
}

/** A capitalised word of a name, and the small words names carry: "van Someren", "Food and Drug Administration". */
const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const PARTICLE = "van|von|de|der|den|da|di|du|le|la";
const JOINER = "and|of|for|the|&";

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";

/**
 * A citation inside parentheses: it opens them or follows a semicolon ("(e.g. Dupuy 2018)",
 * "(12 studies; Dupuy 2018)"), and closes them or is followed by a semicolon or a comma
 * ("(Hill 2014b, a marathon trial)"). A name is capitalised words, with the particles surnames
 * carry ("van Someren", "Food and Drug Administration"); a month and year ("(June 2024)") is a date, not a citation.
 */
const CITATION = new RegExp(
  String.raw`(?<=(?:\(|;\s?)(?:(?:e\.g\.,?|see|cf\.)\s)?)(?!(?:${MONTHS})\s)((?:(?:${PARTICLE})\s)*${WORD}(?:\s(?:(?:${PARTICLE}|${JOINER})\s)*${WORD})*\s(?:${YEAR}))(?=[);,])`,
  "gu",
);

const MAYBE_CITED = new RegExp(String.raw`(?:1[89]|20)\d\d|n\.d\.`);

/**
 * Whether a label reads as a citation in running text: "(NHS Inform n.d.)" does, "(NHS inform
 * n.d.)" does not, since a name's words start with a capital (particles aside), so prose such as
 * "(see it in 2019)" is never taken for one. A label that does not read as one would leave every
 * citation of its study as plain, unchecked text.
 */
export function readsAsCitation(label: string): boolean {
  const found = findCitations(`(${label})`);
  return found.length === 1 && found[0].label === label;
}

/** Every citation in a run of text, with its offset. */
export function findCitations(text: string): { label: string; index: number }[] {
  // Most runs of text hold no year at all; the pattern's lookbehind is tried at every position.
  if (!MAYBE_CITED.test(text)) return [];
  return [...text.matchAll(CITATION)].map((m) => ({ label: m[1], index: m.index }));
}

/** Where text is not prose a citation could sit in: links (already pointing somewhere), code, raw HTML and quotes. */
const SKIPPED = new Set(["link", "linkReference", "inlineCode", "code", "html", "textDirective", "leafDirective"]);

/**
 * Turns each citation in the prose into a placeholder the catalog fills with a link to the study
 * (the same placeholder quotes use), and records it with its line and column for the check.
 */
export function citationPlaceholders() {
  return (tree: MdastRoot, file: VFile) => {
    const citations: WrittenCitation[] = [];
    const split = (node: Text): MdastContent[] => {
      const found = findCitations(node.value);
      if (found.length === 0) return [node];
      const start = node.position?.start ?? { line: 1, column: 1 };
      const out: MdastContent[] = [];
      let at = 0;
      for (const { label, index } of found) {
        const before = node.value.slice(0, index);
        const newlines = before.split("\n").length - 1;
        citations.push({
          label,
          line: start.line + newlines,
          column: newlines ? index - before.lastIndexOf("\n") : start.column + index,
        });
        if (index > at) out.push({ type: "text", value: node.value.slice(at, index) });
        out.push({
          type: "textDirective",
          name: "cite",
          attributes: {},
          children: [{ type: "text", value: label }],
          data: placeholderData("cite", label, "text"),
        });
        at = index + label.length;
      }
      if (at < node.value.length) out.push({ type: "text", value: node.value.slice(at) });
      return out;
    };
    // Children are replaced in place, and only where a citation splits a text: most nodes hold none.
    const walk = (parent: { children: MdastContent[] }) => {
      const children = parent.children;
      for (let i = 0; i < children.length; i++) {
        const node = children[i];
        if (node.type === "text") {
          const parts = split(node);
          if (parts.length > 1) {
            children.splice(i, 1, ...parts);
            i += parts.length - 1;
          }
        } else if (!SKIPPED.has(node.type) && "children" in node) walk(node as { children: MdastContent[] });
      }
    };
    walk(tree);
    file.data.citations = citations;
  };
}
