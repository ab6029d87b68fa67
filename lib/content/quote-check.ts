import { COLLECTION_NAMES, type CollectionName } from "./collections";
import type { ContentIssue } from "./issues";
import { isDraftFrontmatter } from "./frontmatter";
import type { Parsed } from "./load";
import type { RenderedMarkdown } from "./markdown";
import { QUOTE_KINDS, type WrittenQuote } from "./quote-syntax";
import type { StudyFrontmatter, ToolFrontmatter } from "./schemas";
import { didYouMean } from "./suggest";
import { OUTCOMES } from "./vocabulary";

type WithBody = Parsed<{ body: RenderedMarkdown; draft?: boolean }>;

/** Every collection has a body that may quote; tools and studies are also what prices and effects are quoted from. */
type Content = Record<CollectionName, { parsed: WithBody[] }> & {
  tools: { parsed: Parsed<ToolFrontmatter & { body: RenderedMarkdown }>[] };
  studies: { parsed: Parsed<StudyFrontmatter & { body: RenderedMarkdown }>[] };
};

/** What is wrong with one quote's target, if anything: it must name something that exists and holds the value quoted. */
function quoteProblem(quote: WrittenQuote, content: Content, fromDraft: boolean): string | undefined {
  const find = <T extends { slug: string; entry?: unknown; raw: unknown }>(list: T[], slug: string) => list.find((p) => p.slug === slug);
  const draftTarget = (p: { raw: unknown }) =>
    !fromDraft && isDraftFrontmatter(p.raw);
  const usage = `write it as :${quote.kind}[${QUOTE_KINDS[quote.kind].target}]`;
  switch (quote.kind) {
    case "grade": {
      const [method, outcome, extra] = quote.target.split("/");
      if (!method || !outcome || extra !== undefined) return usage;
      const page = find(content.modalities.parsed, method);
      if (!page) return `there is no method "${method}"${didYouMean(method, content.modalities.parsed.map((p) => p.slug))}`;
      if (draftTarget(page)) return `quotes the draft method "${method}", which is left out of the published site`;
      if (!(OUTCOMES as readonly string[]).includes(outcome)) return `"${outcome}" is not an outcome${didYouMean(outcome, OUTCOMES)}; the outcomes are ${OUTCOMES.join(", ")}`;
      return undefined;
    }
    case "effect": {
      const [study, id, extra] = quote.target.split("/");
      if (!study || !id || extra !== undefined) return usage;
      const page = find(content.studies.parsed, study);
      if (!page) return `there is no study "${study}"${didYouMean(study, content.studies.parsed.map((p) => p.slug))}`;
      if (draftTarget(page)) return `quotes the draft study "${study}", which is left out of the published site`;
      const ids = page.entry?.results.map((r) => r.id) ?? [];
      if (page.entry && !ids.includes(id)) return `the study "${study}" has no result "${id}"${ids.length ? ` (its results: ${ids.join(", ")})` : ""}`;
      return undefined;
    }
    case "price":
    case "running-cost": {
      if (!quote.target || quote.target.includes("/")) return usage;
      const page = find(content.tools.parsed, quote.target);
      if (!page) return `there is no tool "${quote.target}"${didYouMean(quote.target, content.tools.parsed.map((p) => p.slug))}`;
      if (draftTarget(page)) return `quotes the draft tool "${quote.target}", which is left out of the published site`;
      if (!page.entry) return undefined;
      const [figures, missing] =
        quote.kind === "price" ? [page.entry.prices, "published price"] : [page.entry.runningCosts?.perYear ?? {}, "yearly running cost"];
      return Object.keys(figures).length === 0 ? `the tool "${quote.target}" has no ${missing} to quote` : undefined;
    }
    case "grading-rules":
    case "reading-the-numbers":
      return quote.target ? `::${quote.kind} takes no target: write it alone on its line` : undefined;
  }
}

/** Checks every quote in every body of every collection, so no page can render a fact that does not exist. */
export function checkQuotes(content: Content): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const all: WithBody[] = COLLECTION_NAMES.flatMap((name) => content[name].parsed);
  for (const from of all) {
    if (!from.entry) continue;
    const fromDraft = from.entry.draft === true;
    for (const quote of from.entry.body.quotes) {
      const message = quoteProblem(quote, content, fromDraft);
      if (message) {
        issues.push({
          file: from.file,
          line: from.source.bodyLine - 1 + quote.line,
          column: quote.column,
          field: "(body)",
          message: `${QUOTE_KINDS[quote.kind].form === "leaf" ? "::" : ":"}${quote.kind}[${quote.target}]: ${message}`,
        });
      }
    }
  }
  return issues;
}
