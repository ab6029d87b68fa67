import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { z } from "zod";
import type { ContentCache } from "./content-cache";
import type { ParsedSource } from "./frontmatter";
import { fieldPath, type ContentIssue } from "./issues";
import { validateFrontmatter } from "./validate";

/** A valid site file, with what its own checks need to point at a line. */
export interface SiteFile<T> {
  data: T;
  file: string;
  source: ParsedSource;
  /** An issue at the field `path` of this file. */
  at(path: (string | number)[], message: string): ContentIssue;
}

/**
 * Reads one content file that is not an article (content/planner.md, content/search-vocabulary.md)
 * and validates its frontmatter: undefined when the site has no such file, its issues when it is
 * not valid (file, line, field), else its data. The caller checks what the schema cannot.
 */
export function readSiteFile<S extends z.ZodType>(root: string, name: string, schema: S, cache: ContentCache): SiteFile<z.output<S>> | { issues: ContentIssue[] } | undefined {
  const path = join(root, name);
  if (!existsSync(path)) return undefined;
  const file = relative(process.cwd(), path) || name;
  const source = cache.parse(readFileSync(path, "utf8"));
  if (source.yamlErrors.length) return { issues: source.yamlErrors.map((e) => ({ file, line: e.line, column: e.column, field: "(yaml)", message: e.message })) };
  const { data, issues } = validateFrontmatter(schema, source, file);
  if (!data) return { issues };
  return { data, file, source, at: (path, message) => ({ file, ...source.locate(path), field: fieldPath(path), message }) };
}

/** A site file's part of the content signature (its size and time), so development reloads it when edited. */
export function siteFileSignature(root: string, name: string): string[] {
  try {
    const { size, mtimeMs } = statSync(join(root, name));
    return [`${name}:${size}:${mtimeMs}`];
  } catch {
    return [];
  }
}
