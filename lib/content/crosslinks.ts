import type { ContentIssue } from "./issues";
import { fieldPath } from "./issues";
import type { Parsed } from "./load";
import { closest } from "./suggest";

interface Collection {
  parsed: Parsed<unknown>[];
  /** Every file with a valid name, valid or not, so one broken file does not make its links look dangling. */
  slugs: string[];
}

type Target = "modalities" | "tools";

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
 * Checks every slug one article uses to point at another: the target must exist, may not be
 * listed twice, and a published article may not point at a draft (the link would vanish from
 * production). Works on the raw frontmatter so it runs even for files with other problems.
 */
export function checkCrossLinks(content: { modalities: Collection; tools: Collection; guides: Collection }): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const drafts: Record<Target, Set<string>> = {
    modalities: new Set(content.modalities.parsed.filter((p) => isDraft(p.raw)).map((p) => p.slug)),
    tools: new Set(content.tools.parsed.filter((p) => isDraft(p.raw)).map((p) => p.slug)),
  };

  function problem(from: Parsed<unknown>, target: Target, value: string): string | undefined {
    const known = content[target].slugs;
    const kind = target === "modalities" ? "modality" : "tool";
    if (!known.includes(value)) {
      const hint = closest(value, known);
      return `unknown ${kind} "${value}"${hint ? ` (did you mean "${hint}"?)` : ""}: there is no content/${target}/${value}.md`;
    }
    if (drafts[target].has(value) && !isDraft(from.raw)) {
      return `links to the draft ${kind} "${value}", which is left out of the published site: publish it or remove the link`;
    }
    return undefined;
  }

  for (const collection of ["tools", "guides"] as const) {
    for (const from of content[collection].parsed) {
      const report = (path: (string | number)[], message: string) =>
        issues.push({ file: from.file, ...from.source.locate(path), field: fieldPath(path), message });
      for (const { path, target, list } of LINK_FIELDS[collection]) {
        const value = get(from.raw, path);
        if (list && Array.isArray(value)) {
          value.forEach((v, i) => {
            if (typeof v !== "string") return; // a wrong type is the schema's to report
            const message = value.indexOf(v) !== i ? `"${v}" is listed twice` : problem(from, target, v);
            if (message) report([...path, i], message);
          });
        } else if (!list && typeof value === "string") {
          const message = problem(from, target, value);
          if (message) report(path, message);
        }
      }
    }
  }
  return issues;
}
