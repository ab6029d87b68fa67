import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import rehypeExternalLinks from "rehype-external-links";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

export interface RenderedMarkdown {
  html: string;
  toc: TocEntry[];
  words: number;
}

/** GFM task-list checkboxes have no accessible name; give them one. */
function labelTaskCheckboxes() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "input" && node.properties.type === "checkbox") {
        node.properties.ariaLabel = node.properties.checked ? "Done" : "Not done";
      }
    });
  };
}

/** A Markdown h1 would be a second h1 on the page (the title is the first), so demote it. */
function demoteH1() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "h1") node.tagName = "h2";
    });
  };
}

function collectToc() {
  return (tree: Root, file: VFile) => {
    const toc: TocEntry[] = [];
    file.data.toc = toc;
    visit(tree, "element", (node: Element) => {
      if ((node.tagName === "h2" || node.tagName === "h3") && typeof node.properties.id === "string") {
        toc.push({ id: node.properties.id, text: toString(node), depth: node.tagName === "h2" ? 2 : 3 });
      }
    });
  };
}

/** GitHub's sanitizing rules, plus <abbr title> for the jargon this field is full of (DOMS, IPC, NMES). */
const sanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "abbr"],
  attributes: { ...defaultSchema.attributes, abbr: ["title"] },
};

/**
 * Markdown (GFM, with raw HTML allowed in the source) to safe HTML. The sanitizer runs before
 * heading ids are added, so ids are ours, and after raw HTML is parsed, so nothing an editor
 * pastes (scripts, event handlers, javascript: URLs) survives.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema)
  .use(demoteH1)
  .use(rehypeSlug)
  .use(rehypeExternalLinks, {
    rel: ["external", "noopener", "noreferrer"],
    properties: { className: ["external"] },
  })
  .use(labelTaskCheckboxes)
  .use(collectToc)
  .use(rehypeStringify)
  .freeze();

export function renderMarkdown(markdown: string): RenderedMarkdown {
  const file = processor.processSync(markdown);
  const toc = (file.data.toc as TocEntry[] | undefined) ?? [];
  const html = String(file);
  const words = markdown.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return { html, toc, words };
}
