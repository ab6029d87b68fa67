import type { Route } from "next";
import { readFileSync, readdirSync, statSync, type Dirent } from "node:fs";
import { join, relative } from "node:path";
import { type ParsedSource } from "./frontmatter";
import { type ContentIssue } from "./issues";
import { type RenderedMarkdown } from "./markdown";
import { sharedContentCache, type ContentCache } from "./content-cache";
import { SLUG_PATTERN } from "./schemas";
import { COLLECTION_NAMES, collections, entryHref, type CollectionName, type FrontmatterOf } from "./collections";
import { slugify } from "./slug";
import { validateFrontmatter } from "./validate";
import { checkBodyLinks, checkFrontmatterLinks } from "./crosslinks";
import { checkEvidence } from "./evidence-check";
import { checkQuotes } from "./quote-check";
import { checkCitations } from "./citation-check";
import { checkCategoryPages } from "./category-check";
import { loadPlanner, PLANNER_FILE, type PlannerContent } from "./plan-rules";
import { loadSearchVocabulary, SEARCH_VOCABULARY_FILE, type KnownName, type SearchVocabulary } from "./search-vocabulary";
import { siteFileSignature } from "./site-file";
import { titleNames } from "./search-words";

/** What every loaded article has besides its frontmatter. */
export interface EntryMeta {
  slug: string;
  /** Path relative to the working directory, as shown in error messages. */
  file: string;
  body: RenderedMarkdown;
  /** The entry's page on the site; the only place article URLs are made is the registry. */
  href: Route;
}

export type Entry<C extends CollectionName> = FrontmatterOf<C> & EntryMeta;
export type Modality = Entry<"modalities">;
export type Tool = Entry<"tools">;
export type Guide = Entry<"guides">;
export type Study = Entry<"studies">;

export type LoadedContent = { [C in CollectionName]: Entry<C>[] } & {
  /** The planner's rule table (content/planner.md), when the site has one. */
  planner?: PlannerContent;
  /** The words runners type mapped to the site's (content/search-vocabulary.md), when the site has the file. */
  searchVocabulary?: SearchVocabulary;
};

export interface LoadResult extends LoadedContent {
  issues: ContentIssue[];
}

/**
 * A file whose YAML parsed, valid or not, with its source kept so later checks can point at
 * lines. Cross-links are checked on the raw data so that a file with a bad field still has its
 * links checked in the same run.
 */
export interface Parsed<T> {
  slug: string;
  file: string;
  raw: unknown;
  source: ParsedSource;
  /** The validated entry, when the file is valid. */
  entry?: T;
}


function markdownFiles(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return []; // a collection folder that does not exist yet is simply empty
  }
  // The listing already knows which entries are files; only a symlink needs a stat of its own.
  const isFile = (e: Dirent) => e.isFile() || (e.isSymbolicLink() && statSync(join(dir, e.name)).isFile());
  return entries.filter((e) => e.name.endsWith(".md") && isFile(e)).map((e) => e.name).sort();
}

/** Reads, validates and renders one collection; every problem is collected, none thrown. */
export function loadCollection<C extends CollectionName>(
  root: string,
  collection: C,
  cache: ContentCache,
): { parsed: Parsed<Entry<C>>[]; slugs: string[]; issues: ContentIssue[] } {
  const dir = join(root, collection);
  const parsed: Parsed<Entry<C>>[] = [];
  const issues: ContentIssue[] = [];
  const slugs: string[] = [];

  for (const name of markdownFiles(dir)) {
    const file = relative(process.cwd(), join(dir, name)) || name;
    const slug = name.slice(0, -".md".length);
    const at = (line: number, column: number, field: string, message: string) =>
      issues.push({ file, line, column, field, message });

    if (!SLUG_PATTERN.test(slug)) {
      const better = slugify(slug);
      at(1, 1, "(file name)", `"${name}" is not a valid slug: name the file in lowercase kebab-case${better ? `, like "${better}.md"` : ""}`);
      continue;
    }

    slugs.push(slug);
    const source = cache.parse(readFileSync(join(dir, name), "utf8"));
    if (source.yamlErrors.length) {
      for (const e of source.yamlErrors) at(e.line, e.column, "(yaml)", e.message);
      continue;
    }

    const { data, issues: fieldIssues } = validateFrontmatter(collections[collection].schema, source, file);
    issues.push(...fieldIssues);
    const item: Parsed<Entry<C>> = { slug, file, raw: source.data, source };
    parsed.push(item);

    const body = source.body.replace(/<!--[\s\S]*?-->/g, "");
    if (body.trim() === "" && collections[collection].bodyRequired) {
      at(source.bodyLine, 1, "(body)", "the article has no body: write it in Markdown below the closing ---");
      continue;
    }
    const todo = source.body.split("\n").findIndex((l) => /^\s*TODO\b/.test(l));
    if (todo >= 0) {
      at(source.bodyLine + todo, 1, "(body)", "still holds a TODO placeholder from `npm run new`: write the article here");
      continue;
    }
    if (data) item.entry = { ...data, slug, file, href: entryHref(collection, slug), body: cache.render(source.body) } as unknown as Entry<C>;
  }
  return { parsed, slugs, issues };
}

/** A cheap fingerprint of every Markdown file (name, size, modification time), to notice edits without reading them. */
export function contentSignature(root: string): string {
  return COLLECTION_NAMES.flatMap((collection) =>
      markdownFiles(join(root, collection)).map((name) => {
        const { size, mtimeMs } = statSync(join(root, collection, name));
        return `${collection}/${name}:${size}:${mtimeMs}`;
      }),
    )
    .concat(siteFileSignature(root, PLANNER_FILE), siteFileSignature(root, SEARCH_VOCABULARY_FILE))
    .join("|");
}

/** The names published pages go by (titles and "also called"), which the search vocabulary must lead to. */
function publishedNames(loaded: { [C in CollectionName]: { parsed: Parsed<Entry<C>>[] } }): KnownName[] {
  return COLLECTION_NAMES.flatMap((name) =>
    (loaded[name].parsed as Parsed<{ title: string; aliases?: string[]; draft?: boolean }>[]).flatMap(({ entry, slug }) =>
      entry && !entry.draft
        ? [...titleNames(entry.title), ...(entry.aliases ?? [])].map((n) => ({ name: n, owner: `"${entry.title}" (${entryHref(name, slug)})` }))
        : [],
    ),
  );
}

export interface LoadOptions {
  /** Drafts are shown while writing (dev) and left out of production builds. */
  includeDrafts: boolean;
  /** Where parsed and rendered files are remembered; the project's on-disk cache for `root` unless given. */
  cache?: ContentCache;
}

/** Loads every collection under `root`, checks every cross-link, and reports all problems at once. */
export function loadContent(root: string, options: LoadOptions): LoadResult {
  const cache = options.cache ?? sharedContentCache(root);
  const loaded = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, loadCollection(root, name, cache)])) as {
    [C in CollectionName]: ReturnType<typeof loadCollection<C>>;
  };
  const planner = loadPlanner(root, cache, { modalities: new Set(loaded.modalities.slugs), studies: new Set(loaded.studies.slugs) });
  const vocabulary = loadSearchVocabulary(root, cache, publishedNames(loaded));
  cache.save();
  const issues = [
    ...planner.issues,
    ...vocabulary.issues,
    ...COLLECTION_NAMES.flatMap((name) => loaded[name].issues),
    ...checkFrontmatterLinks(loaded),
    ...checkBodyLinks(loaded),
    ...checkEvidence(loaded),
    ...checkQuotes(loaded),
    ...checkCitations(loaded),
    ...checkCategoryPages(loaded),
  ];
  const keep = (list: Parsed<{ draft?: boolean }>[]) =>
    list.flatMap((p) => p.entry ?? []).filter((e) => options.includeDrafts || !e.draft);
  const content = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, keep(loaded[name].parsed as Parsed<{ draft?: boolean }>[])]),
  ) as unknown as LoadedContent;
  return { ...content, planner: planner.planner, searchVocabulary: vocabulary.vocabulary, issues };
}
