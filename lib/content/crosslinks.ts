import type { ContentIssue } from "./issues";
import { isDraftFrontmatter } from "./frontmatter";
import { fieldPath } from "./issues";
import type { Parsed } from "./load";
import type { RenderedMarkdown } from "./markdown";
import { didYouMean } from "./suggest";
import { PLACEHOLDER } from "./validate";
import { COLLECTION_NAMES, collections, referenceFieldsOf, type CollectionName } from "./collections";
import { writtenReferences } from "./references";

interface Collection {
  parsed: Parsed<{ body: RenderedMarkdown }>[];
  /** Every file with a valid name, valid or not, so one broken file does not make its links look dangling. */
  slugs: string[];
}

type Content = Record<CollectionName, Collection>;

/** Each collection's files by slug, so checking a link costs the same at 10 articles as at 10,000. */
type Index = Record<CollectionName, { slugs: Set<string>; bySlug: Map<string, Parsed<{ body: RenderedMarkdown }>> }>;

const indexOf = (content: Content): Index =>
  Object.fromEntries(
    COLLECTION_NAMES.map((name) => [
      name,
      { slugs: new Set(content[name].slugs), bySlug: new Map(content[name].parsed.map((p) => [p.slug, p])) },
    ]),
  ) as Index;


/**
 * What is wrong with a link from one article to `target/slug`, if anything: the target must
 * exist, and a published article may not point at a draft (the link would vanish from production).
 */
function linkProblem(files: Index, from: Parsed<unknown>, target: CollectionName, slug: string): string | undefined {
  const known = files[target].slugs;
  if (!known.has(slug)) {
    return `unknown ${collections[target].singular} "${slug}"${didYouMean(slug, known)}: there is no content/${target}/${slug}.md`;
  }
  const to = files[target].bySlug.get(slug);
  if (to && isDraftFrontmatter(to.raw) && !isDraftFrontmatter(from.raw)) {
    return `links to the draft ${collections[target].singular} "${slug}", which is left out of the published site: publish it or remove the link`;
  }
  return undefined;
}

/**
 * Checks every reference written in frontmatter (the schemas' `ref()` fields). Works on the raw
 * frontmatter, so it runs even for files with other problems.
 */
export function checkFrontmatterLinks(content: Content): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const files = indexOf(content);
  for (const collection of COLLECTION_NAMES) {
    const fields = referenceFieldsOf(collection);
    if (fields.length === 0) continue;
    for (const from of content[collection].parsed) {
      const written = writtenReferences(from.raw, fields);
      written.forEach((reference, i) => {
        if (PLACEHOLDER.test(reference.slug)) return; // reported by the schema check
        const listed = reference.path.at(-1);
        const twice =
          typeof listed === "number" &&
          written.some((other, j) => j < i && other.field === reference.field && other.slug === reference.slug && String(other.path.slice(0, -1)) === String(reference.path.slice(0, -1)));
        const message = twice ? `"${reference.slug}" is listed twice` : linkProblem(files, from, reference.target, reference.slug);
        if (message) issues.push({ file: from.file, ...from.source.locate(reference.path), field: fieldPath(reference.path), message });
      });
    }
  }
  return issues;
}

const ARTICLE_PATH = new RegExp(
  `^(${COLLECTION_NAMES.map((name) => collections[name].index).join("|")})(?:/([^/?#]*))?/?(?:\\?[^#]*)?(?:#(.*))?$`,
);
const COLLECTION_BY_INDEX = new Map(COLLECTION_NAMES.map((name) => [collections[name].index as string, name]));

/**
 * Checks links to this site written in article bodies: `/tools/x`, `/modalities/y#anchor`,
 * `#anchor`. Paths outside the collections are left to the routes that serve them.
 */
export function checkBodyLinks(content: Content): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const files = indexOf(content);
  const anchorsOf = (target: CollectionName, slug: string) => files[target].bySlug.get(slug)?.entry?.body.anchors;

  for (const collection of COLLECTION_NAMES) {
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
          const [, index, slug, anchor] = match as unknown as [string, string, string, string | undefined];
          const target = COLLECTION_BY_INDEX.get(index)!;
          message = linkProblem(files, from, target, slug);
          const anchors = anchorsOf(target, slug);
          if (!message && anchor && anchors && !anchors.includes(decodeURIComponent(anchor))) {
            message = `links to "#${anchor}", which is not a heading in ${index}/${slug}${hintFor(anchor, anchors)}`;
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

const hintFor = (anchor: string, anchors: string[]) => didYouMean(anchor, anchors, "#");
