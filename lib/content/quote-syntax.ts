import type { Root as MdastRoot, RootContent as MdastContent } from "mdast";
import type { VFile } from "vfile";

/**
 * Quotes: directives that render a fact from its home page, so a guide repeating it cannot
 * drift from it. `:grade[cold-water-immersion/performance]`, `:effect[clarke-2016/flights-clots]`,
 * `:price[normatec-3]`, `:running-cost[oura-ring]` in running text; `::grading-rules` and
 * `::reading-the-numbers` on a line of their own.
 */
export const QUOTE_KINDS = {
  grade: { form: "text", target: "<method>/<outcome>" },
  effect: { form: "text", target: "<study>/<result id>" },
  price: { form: "text", target: "<tool>" },
  "running-cost": { form: "text", target: "<tool>" },
  "grading-rules": { form: "leaf", target: "" },
  "reading-the-numbers": { form: "leaf", target: "" },
} as const;

export type QuoteKind = keyof typeof QUOTE_KINDS;

/** A quote written in a body, with where it is, for the check and for the catalog to fill in. */
export interface WrittenQuote {
  kind: QuoteKind;
  target: string;
  line: number;
  column: number;
}

/** What the rendered HTML holds in place of a quote until the catalog fills it in with the current value. */
export const QUOTE_ATTRIBUTE = "data-quote";

/** What the catalog fills in: a quote, or a citation ("(Machado 2016)", found in plain text by lib/content/citation-syntax.ts). */
export type PlaceholderKind = QuoteKind | "cite";

/** The element a placeholder renders as, `<span data-quote="kind:target">`: the one place its form is written; lib/catalog/quotes.ts reads it back. */
export const placeholderData = (kind: PlaceholderKind, target: string, form: "text" | "leaf") => ({
  hName: form === "text" ? "span" : "div",
  hProperties: { dataQuote: `${kind}:${target}` },
});

const isQuoteKind = (name: string): name is QuoteKind => Object.hasOwn(QUOTE_KINDS, name);

const textOf = (nodes: readonly MdastContent[]): string =>
  nodes.map((n) => ("value" in n ? n.value : "children" in n ? textOf(n.children as MdastContent[]) : "")).join("");

/**
 * Turns each known directive into a placeholder element and gives anything else written with a
 * colon back as the text it was: "at 10:30" or "Note:" must never vanish because the directive
 * syntax happened to match.
 */
export function quotePlaceholders() {
  return (tree: MdastRoot, file: VFile) => {
    const quotes: WrittenQuote[] = [];
    const source = String(file.value);
    const walk = (parent: { children: MdastContent[] }) => {
      parent.children = parent.children.flatMap((node): MdastContent[] => {
        if (node.type === "textDirective" || node.type === "leafDirective" || node.type === "containerDirective") {
          const expected = isQuoteKind(node.name) ? QUOTE_KINDS[node.name].form : undefined;
          const form = node.type === "textDirective" ? "text" : node.type === "leafDirective" ? "leaf" : "container";
          if (expected === form && isQuoteKind(node.name)) {
            const target = textOf(node.children).trim();
            const { line, column } = node.position?.start ?? { line: 1, column: 1 };
            quotes.push({ kind: node.name, target, line, column });
            node.data = placeholderData(node.name, target, form);
            node.children = form === "text" ? [{ type: "text", value: target }] : [];
            return [node];
          }
          // An unknown block of the :::name form keeps its content (links and quotes inside still count).
          if (node.type === "containerDirective") {
            walk(node as { children: MdastContent[] });
            return node.children as MdastContent[];
          }
          const start = node.position?.start.offset;
          const end = node.position?.end.offset;
          const raw = start !== undefined && end !== undefined ? source.slice(start, end) : `:${node.name}`;
          return [node.type === "textDirective" ? { type: "text", value: raw } : { type: "paragraph", children: [{ type: "text", value: raw }] }];
        }
        if ("children" in node) walk(node as { children: MdastContent[] });
        return [node];
      });
    };
    walk(tree);
    file.data.quotes = quotes;
  };
}
