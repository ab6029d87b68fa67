import { z } from "zod";
import type { ParsedSource } from "./frontmatter";
import { fieldPath, type ContentIssue } from "./issues";
import { closest, didYouMean } from "./suggest";

type AnySchema = z.ZodType;

function describe(value: unknown): string {
  if (value === null) return "nothing (an empty value)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === "object") return "a group of fields";
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "a group of fields",
};

/** zod's wording for issues the schemas do not word themselves, rephrased for editors. */
const editorErrors: z.core.$ZodErrorMap = (iss) => {
  if (iss.code === "invalid_type") {
    const expected = EXPECTED[iss.expected] ?? iss.expected;
    if (iss.input === undefined) return `required field is missing (expected ${expected})`;
    return `expected ${expected}, got ${describe(iss.input)}`;
  }
  if (iss.code === "invalid_value") {
    const values = iss.values.map(String);
    if (iss.input === undefined) return `required field is missing (expected one of ${values.join(", ")})`;
    return `expected one of ${values.join(", ")}; got ${describe(iss.input)}${typeof iss.input === "string" ? didYouMean(iss.input, values) : ""}`;
  }
  return undefined;
};

/** The keys an object schema accepts at `path`, looking through optional, default and array wrappers. */
function knownKeys(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let current: AnySchema | undefined = schema;
  const unwrap = (s: AnySchema): AnySchema => {
    const def = s._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
    if ((def.type === "optional" || def.type === "default" || def.type === "nullable") && def.innerType)
      return unwrap(def.innerType);
    if (def.type === "pipe" && def.in) return unwrap(def.in);
    return s;
  };
  for (const seg of path) {
    if (!current) return [];
    const s = unwrap(current);
    const def = s._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (def.type === "object" && def.shape) current = def.shape[String(seg)];
    else if (def.type === "array" && def.element) current = def.element;
    else return [];
  }
  if (!current) return [];
  const def = unwrap(current)._zod.def as { type: string; shape?: Record<string, AnySchema> };
  return def.type === "object" && def.shape ? Object.keys(def.shape) : [];
}

export const PLACEHOLDER = /^TODO\b/;

/**
 * Paths of values still holding a scaffold placeholder ("TODO …"), which must be replaced before
 * publishing. One path is grown and shrunk in place and copied only for a placeholder: a new
 * array for every value visited made this a third of the time validation takes.
 */
export function findPlaceholders(value: unknown): (string | number)[][] {
  const found: (string | number)[][] = [];
  const path: (string | number)[] = [];
  const visit = (v: unknown) => {
    if (typeof v === "string") {
      if (PLACEHOLDER.test(v)) found.push([...path]);
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => {
        path.push(i);
        visit(item);
        path.pop();
      });
    } else if (v && typeof v === "object") {
      for (const [key, item] of Object.entries(v)) {
        path.push(key);
        visit(item);
        path.pop();
      }
    }
  };
  visit(value);
  return found;
}

const startsWith = (path: readonly PropertyKey[], prefix: readonly PropertyKey[]) =>
  prefix.length <= path.length && prefix.every((p, i) => String(p) === String(path[i]));

/** Validates parsed frontmatter; returns the typed data or issues positioned on the offending field. */
/** Fields no longer taken, with what to write instead: a grade is computed, never typed; a figure carries its source's date. */
const RETIRED: Record<string, string> = {
  grade: "grades are computed from the entries by the rule on /guides/methodology, not written: remove this line and list the studies under entries",
  refs: "list each study under entries, with its finding (and the result it rests on, if the study has one): refs is no longer read",
  adaptation: "long-term adaptation is now two outcomes, strength-gains and endurance-gains, because the evidence differs between them",
  checked: 'the day a source was read is not shown to readers: write the source\'s own date in sourceDate ("n.d." if it shows none) and its kind in sourceKind',
};

/** Where a retired key is recognised, when not in evidence. */
const RETIRED_IN: Record<string, readonly string[]> = { checked: ["price", "specs"] };

export function validateFrontmatter<S extends AnySchema>(
  schema: S,
  source: ParsedSource,
  file: string,
): { data: z.output<S>; issues: [] } | { data: undefined; issues: ContentIssue[] } {
  const placeholders = findPlaceholders(source.data);
  const issues: ContentIssue[] = placeholders.map((path) => ({
    file,
    ...source.locate(path),
    field: fieldPath(path),
    message: "still holds a TODO placeholder from `npm run new`: replace it with the real value",
  }));
  const result = schema.safeParse(source.data, { error: editorErrors });
  if (result.success && issues.length === 0) return { data: result.data, issues: [] };
  if (result.success) return { data: undefined, issues };

  for (const iss of result.error.issues) {
    if (placeholders.some((p) => startsWith(iss.path, p))) continue; // already reported as a placeholder
    if (iss.code === "unrecognized_keys") {
      const known = knownKeys(schema, iss.path);
      for (const key of iss.keys) {
        const path = [...iss.path, key];
        const hint = closest(key, known);
        issues.push({
          file,
          ...source.locate(path),
          field: fieldPath(path),
          message: RETIRED[key] && (RETIRED_IN[key] ?? ["evidence"]).includes(String(iss.path[0]))
            ? RETIRED[key]
            : `unknown field "${key}"${hint ? ` (did you mean "${hint}"?)` : known.length ? ` (allowed here: ${known.join(", ")})` : ""}`,
        });
      }
      continue;
    }
    issues.push({
      file,
      ...source.locate(iss.path),
      field: iss.path.length ? fieldPath(iss.path) : "(frontmatter)",
      message: iss.message,
    });
  }
  return { data: undefined, issues };
}
