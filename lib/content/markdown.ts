import type { Element, Root, RootContent } from "hast";
import { toString } from "hast-util-to-string";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { VFile } from "vfile";
import { readableTable } from "./markdown-tables";
import { citationPlaceholders, type WrittenCitation } from "./citation-syntax";
import { quotePlaceholders, type WrittenQuote } from "./quote-syntax";

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

/** A link to a page of this site written in the body, with where it is in the Markdown. */
export interface InternalLink {
  href: string;
  line: number;
  column: number;
}

export interface RenderedMarkdown {
  html: string;
  toc: TocEntry[];
  /** Every heading id, for checking links to `#anchors`. */
  anchors: string[];
  links: InternalLink[];
  /** Facts quoted from their home pages, filled in by the catalog. */
  quotes: WrittenQuote[];
  /** "(Author Year)" citations, checked against the article's studies and linked by the catalog. */
  citations: WrittenCitation[];
  words: number;
}

const holdsRawHtml = (nodes: readonly RootContent[]): boolean =>
  nodes.some((node) => node.type === "raw" || (node.type === "element" && holdsRawHtml(node.children)));

/** What a parse5 round trip makes of a `data-*` property set to `true` (footnote markers): an empty string, written `=""`. */
function asParse5WouldGiveBack(nodes: readonly RootContent[]): void {
  for (const node of nodes) {
    if (node.type !== "element") continue;
    for (const name in node.properties) {
      if (node.properties[name] === true && /^data[A-Z]/.test(name)) node.properties[name] = "";
    }
    asParse5WouldGiveBack(node.children);
  }
}

/**
 * rehype-raw, for the trees that need it. It re-parses the whole tree through parse5 (about
 * 1.5 ms an article, an eighth of a cold load) even when no raw HTML is in it, and most articles
 * have none. Such a tree is already what parse5 gives back, but for one detail that would show
 * in the HTML, repeated here so an article renders the same with or without raw HTML in it.
 */
function rawHtmlWhenPresent() {
  const parseRaw = rehypeRaw();
  return (tree: Root, file: VFile) => {
    if (holdsRawHtml(tree.children)) return parseRaw(tree, file);
    asParse5WouldGiveBack(tree.children);
    return tree;
  };
}

const HEADING = /^h[1-6]$/;

/**
 * A link to another site: an http(s) URL or a protocol-relative one, decided exactly as
 * rehype-external-links decided it. That plugin deep-copied its options for every link through a
 * structuredClone polyfill, the most expensive single function after the parser's in a render's
 * profile.
 */
function isExternal(href: string): boolean {
  if (/^[a-zA-Z][a-zA-Z\d+\-.]*?:/.test(href) && !/^[a-zA-Z]:\\/.test(href)) {
    const scheme = href.slice(0, href.indexOf(":"));
    return scheme === "http" || scheme === "https";
  }
  return href.startsWith("//");
}

/**
 * Everything done to the sanitized tree, in one walk: a Markdown h1 is demoted (it would be a
 * second h1 on the page, the title is the first), a table reads like the site's own data tables
 * (lib/content/markdown-tables.ts), task-list checkboxes get an accessible name,
 * links to other sites are marked, headings get ids (rehype-slug), and the table of contents,
 * heading ids and internal links are gathered for the page and the link checker. rehype-slug
 * only ever changes headings, so it is handed just those: walking every node of the article
 * cost more than the sanitizer.
 */
function finishTree() {
  const addIds = rehypeSlug();
  return (tree: Root, file: VFile) => {
    const headings: Element[] = [];
    const links: Element[] = [];
    const walk = (nodes: readonly RootContent[]) => {
      for (const node of nodes) {
        if (node.type !== "element") continue;
        if (node.tagName === "h1") node.tagName = "h2";
        if (HEADING.test(node.tagName)) headings.push(node);
        else if (node.tagName === "table") readableTable(node);
        else if (node.tagName === "input" && node.properties.type === "checkbox") {
          node.properties.ariaLabel = node.properties.checked ? "Done" : "Not done";
        } else if (node.tagName === "a") {
          links.push(node);
          const href = node.properties.href;
          if (typeof href === "string" && isExternal(href)) {
            node.properties.className = ["external"];
            node.properties.rel = ["external", "noopener", "noreferrer"];
          }
        }
        walk(node.children);
      }
    };
    walk(tree.children);
    addIds({ type: "root", children: headings });

    const toc: TocEntry[] = [];
    const anchors: string[] = [];
    const internalLinks: InternalLink[] = [];
    for (const node of headings) {
      const id = node.properties.id;
      if (typeof id !== "string") continue;
      anchors.push(id);
      if (node.tagName === "h2" || node.tagName === "h3") {
        toc.push({ id, text: toString(node), depth: node.tagName === "h2" ? 2 : 3 });
      }
    }
    for (const node of links) {
      const href = node.properties.href;
      if (typeof href === "string" && /^[/#]/.test(href) && !href.startsWith("//")) {
        internalLinks.push({ href, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
      }
    }
    Object.assign(file.data, { toc, anchors, links: internalLinks });
  };
}

/**
 * GitHub's sanitizing rules, plus <abbr title> for the jargon this field is full of (DOMS, IPC,
 * NMES) and the placeholders of quotes, which the catalog replaces with values it renders itself.
 */
const sanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "abbr"],
  attributes: {
    ...defaultSchema.attributes,
    abbr: ["title"],
    span: [...(defaultSchema.attributes?.span ?? []), "dataQuote"],
    div: [...(defaultSchema.attributes?.div ?? []), "dataQuote"],
  },
};

/**
 * Bump when the output of the pipeline below changes (a plugin, an option, a dependency
 * upgrade): rendered HTML is cached by this version. tests/unit/content-cache.test.ts fails
 * when the output changes and the version does not.
 */
export const RENDERER_VERSION = 5;

/**
 * Markdown (GFM, with raw HTML allowed in the source) to safe HTML. The sanitizer runs before
 * heading ids are added, so ids are ours, and after raw HTML is parsed, so nothing an editor
 * pastes (scripts, event handlers, javascript: URLs) survives. Exported so the pipeline benchmark
 * can time its parser (remark-parse with the GFM extensions) on its own.
 */
export const markdownProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkDirective)
  .use(quotePlaceholders)
  .use(citationPlaceholders)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rawHtmlWhenPresent)
  .use(rehypeSanitize, sanitizeSchema)
  .use(finishTree)
  .use(rehypeStringify)
  .freeze();

/** A run of non-space characters holding a letter or digit: a word ("—" alone is not one). */
const WORD = /[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu;

/** Counted by matching in place: splitting the text into an array of every token cost more than the sanitizer. */
function countWords(text: string): number {
  let words = 0;
  WORD.lastIndex = 0;
  while (WORD.test(text)) words++;
  return words;
}

export function renderMarkdown(markdown: string): RenderedMarkdown {
  const file = markdownProcessor.processSync(markdown);
  const { toc, anchors, links, quotes, citations } = file.data as Pick<RenderedMarkdown, "toc" | "anchors" | "links" | "quotes" | "citations">;
  return { html: String(file), toc, anchors, links, quotes, citations, words: countWords(markdown) };
}
