import type { ContentIssue } from "./issues";
import { fieldPath } from "./issues";
import type { Parsed } from "./load";
import type { RenderedMarkdown } from "./markdown";
import { closest } from "./suggest";
import { PLACEHOLDER } from "./validate";

interface Collection {
  parsed: Parsed<{ body: RenderedMarkdown }>[];
  /** Every file with a valid name, valid or not, so one broken file does not make its links look dangling. */
  slugs: string[];
}

type Target = "modalities" | "tools" | "guides";
type Content = Record<Target, Collection>;

const KIND: Record<Target, string> = { modalities: "modality", tools: "tool", guides: "guide" };

/** The link fields of each collection: where in the frontmatter a slug of which collection is written. */
const LINK_FIELDS: Record<"tools" | "guides", { path: string[]; target: Target; list: boolean }[]> = {
  tools: [
    { path: ["modalities"], target: "modalities", list: true },
    { path: ["alternative", "tool"], target: "tools", list: false },
    { path: ["alternative", "modality"], target: "modalities", list: false },
  ],
  guides: [
    { path: ["modalities"], target: "modalities", list: true },
    { path: ["tools"], target: "tools", list: true },
  ],
};

function get(raw: unknown, path: string[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), raw);
}

const isDraft = (raw: unknown) => get(raw, ["draft"]) === true;

/**
 * What is wrong with a link from one article to `target/slug`, if anything: the target must
 * exist, and a published article may not point at a draft (the link would vanish from production).
 */
function linkProblem(content: Content, from: Parsed<unknown>, target: Target, slug: string): string | undefined {
  const known = content[target].slugs;
  if (!known.includes(slug)) {
    const hint = closest(slug, known);
    return `unknown ${KIND[target]} "${slug}"${hint ? ` (did you mean "${hint}"?)` : ""}: there is no content/${target}/${slug}.md`;
  }
  const to = content[target].parsed.find((p) => p.slug === slug);
  if (to && isDraft(to.raw) && !isDraft(from.raw)) {
    return `links to the draft ${KIND[target]} "${slug}", which is left out of the published site: publish it or remove the link`;
  }
  return undefined;
}

/** Checks the slugs written in frontmatter link fields. Works on the raw frontmatter, so it runs even for files with other problems. */
export function checkFrontmatterLinks(content: Content): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const collection of ["tools", "guides"] as const) {
    for (const from of content[collection].parsed) {
      const report = (path: (string | number)[], message: string) =>
        issues.push({ file: from.file, ...from.source.locate(path), field: fieldPath(path), message });
      for (const { path, target, list } of LINK_FIELDS[collection]) {
        const value = get(from.raw, path);
        if (list && Array.isArray(value)) {
          value.forEach((v, i) => {
            if (typeof v !== "string" || PLACEHOLDER.test(v)) return; // reported by the schema check
            const message = value.indexOf(v) !== i ? `"${v}" is listed twice` : linkProblem(content, from, target, v);
            if (message) report([...path, i], message);
          });
        } else if (!list && typeof value === "string" && !PLACEHOLDER.test(value)) {
          const message = linkProblem(content, from, target, value);
          if (message) report(path, message);
        }
      }
    }
  }
  return issues;
}

const ARTICLE_PATH = /^\/(modalities|tools|guides)(?:\/([^/?#]*))?\/?(?:\?[^#]*)?(?:#(.*))?$/;

/**
 * Checks links to this site written in article bodies: `/tools/x`, `/modalities/y#anchor`,
 * `#anchor`. Paths outside the three collections are left to the routes that serve them.
 */
export function checkBodyLinks(content: Content): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const anchorsOf = (target: Target, slug: string) =>
    content[target].parsed.find((p) => p.slug === slug)?.entry?.body.anchors;

  for (const collection of ["modalities", "tools", "guides"] as const) {
    for (const from of content[collection].parsed) {
      if (!from.entry) continue;
      for (const link of from.entry.body.links) {
        let message: string | undefined;
        const match = ARTICLE_PATH.exec(link.href);
        if (link.href.startsWith("#")) {
          const anchor = decodeURIComponent(link.href.slice(1));
          if (anchor && !from.entry.body.anchors.includes(anchor)) {
            message = `links to "#${anchor}", which is not a heading in this article${hintFor(anchor, from.entry.body.anchors)}`;
          }
        } else if (match?.[2]) {
          const [, target, slug, anchor] = match as unknown as [string, Target, string, string | undefined];
          message = linkProblem(content, from, target, slug);
          const anchors = anchorsOf(target, slug);
          if (!message && anchor && anchors && !anchors.includes(decodeURIComponent(anchor))) {
            message = `links to "#${anchor}", which is not a heading in /${target}/${slug}${hintFor(anchor, anchors)}`;
          }
        }
        if (message) {
          issues.push({
            file: from.file,
            line: from.source.bodyLine - 1 + link.line,
            column: link.column,
            field: "(body)",
            message: `${link.href}: ${message}`,
          });
        }
      }
    }
  }
  return issues;
}

function hintFor(anchor: string, anchors: string[]): string {
  const hint = closest(anchor, anchors);
  return hint ? ` (did you mean "#${hint}"?)` : "";
}
