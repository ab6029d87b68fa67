import { TOOL_CATEGORIES, TOOL_CATEGORY_SLUGS, type ToolCategorySlug } from "./benches";
import { fieldPath, type ContentIssue } from "./issues";
import type { Parsed } from "./load";
import { PICK_ROLES, type CategoryFrontmatter, type ToolFrontmatter } from "./schemas";

interface Content {
  categories: { parsed: Parsed<CategoryFrontmatter>[] };
  tools: { parsed: Parsed<ToolFrontmatter>[] };
}

/**
 * A buying guide is named after the category it picks in (its file name is one of the categories
 * in lib/content/benches.ts), and every tool it picks or considers belongs to that category, so a
 * pick is always weighed on the same bench as its rivals.
 */
export function checkCategoryPages(content: Content): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const categoryOf = new Map(content.tools.parsed.flatMap((p) => (p.entry ? [[p.slug, p.entry.category] as const] : [])));
  for (const page of content.categories.parsed) {
    if (!(TOOL_CATEGORY_SLUGS as readonly string[]).includes(page.slug)) {
      issues.push({ file: page.file, line: 1, column: 1, field: "(file name)", message: `"${page.slug}" is not a tool category; name the file after one of: ${TOOL_CATEGORY_SLUGS.join(", ")}` });
      continue;
    }
    if (!page.entry) continue;
    const label = TOOL_CATEGORIES[page.slug as ToolCategorySlug].label.toLowerCase();
    const named: [(string | number)[], string | undefined][] = [
      ...PICK_ROLES.map((k): [(string | number)[], string | undefined] => [["picks", k, "tool"], page.entry!.picks[k]?.tool]),
      ...page.entry.considered.map((t, i): [(string | number)[], string] => [["considered", i], t]),
    ];
    for (const [path, tool] of named) {
      const category = tool && categoryOf.get(tool);
      if (category && category !== page.slug) {
        issues.push({ file: page.file, ...page.source.locate(path), field: fieldPath(path), message: `"${tool}" is one of the ${TOOL_CATEGORIES[category].plural}, not one of the ${label}: pick from this category` });
      }
    }
  }
  return issues;
}
