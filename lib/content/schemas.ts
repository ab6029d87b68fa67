import { z } from "zod";
import {
  BODY_AREAS,
  CURRENCIES,
  GRADES,
  MODALITY_CATEGORIES,
  OUTCOMES,
  PORTABILITY,
  POWER_SOURCES,
  REFERENCE_KINDS,
  SETTINGS,
  SITUATIONS,
} from "./vocabulary";
import { closest } from "./suggest";

// Frontmatter schemas: the contract editors write to. Every object is strict so a misspelt
// key is reported instead of silently ignored. Types for the rest of the app come from here.

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z
  .string()
  .regex(SLUG_PATTERN, { error: "expected a slug in lowercase kebab-case, like \"cold-water-immersion\"" });

export const isoDate = z.iso.date({ error: "expected a real date written YYYY-MM-DD, like 2026-11-23" });

const line = z.string().trim().min(1, { error: "must not be empty" });

const oneSentence = z
  .string()
  .trim()
  .min(20, { error: "expected one sentence of at least 20 characters" })
  .max(200, { error: "expected one sentence of at most 200 characters" })
  .regex(/^[^\n]*[.!?]$/, { error: "expected one sentence on one line, ending with . ! or ?" });

const range = z
  .strictObject({ min: z.number().nonnegative(), max: z.number().positive() })
  .refine((r) => r.min <= r.max, { error: "min must not be larger than max", path: ["min"] });

export const reference = z
  .strictObject({
    id: slug,
    authors: line,
    /** Leave out for undated pages (makers' sites, manuals); shown as "n.d.". */
    year: z.number().int().min(1900).max(2100).optional(),
    title: line,
    source: line,
    kind: z.enum(REFERENCE_KINDS),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, { error: "expected a bare DOI such as 10.1007/s40279-015-0431-7 (no https://doi.org/)" })
      .optional(),
    url: z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }).optional(),
    note: line.optional(),
  })
  .refine((r) => r.doi !== undefined || r.url !== undefined, {
    error: "a reference needs a doi or a url so readers can find it",
    path: ["doi"],
  });

const gradedOutcome = z
  .strictObject({
    grade: z.enum(GRADES),
    refs: z.array(slug).default([]),
    summary: oneSentence,
  })
  .refine((o) => o.grade === "insufficient" || o.refs.length > 0, {
    error: "a grade other than \"insufficient\" must name the reference(s) it rests on",
    path: ["refs"],
  });

const evidence = z.strictObject(
  Object.fromEntries(OUTCOMES.map((o) => [o, gradedOutcome])) as Record<
    (typeof OUTCOMES)[number],
    typeof gradedOutcome
  >,
);

const cost = z.strictObject({
  from: z.number().nonnegative(),
  to: z.number().nonnegative().optional(),
  currency: z.enum(CURRENCIES),
  note: line.optional(),
});

const common = {
  title: line.max(80, { error: "expected a title of at most 80 characters" }),
  summary: oneSentence,
  updated: isoDate,
  draft: z.boolean().optional(),
  references: z.array(reference).default([]),
};

/** Reports evidence grades that cite a reference the article does not list, and duplicate ids. */
function checkCitations(
  article: { references: { id: string }[]; evidence?: Record<string, { refs: string[] }> },
  ctx: z.RefinementCtx,
) {
  const ids = article.references.map((r) => r.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) {
      ctx.addIssue({ code: "custom", path: ["references", i, "id"], message: `duplicate reference id "${id}"` });
    }
  });
  for (const [outcome, graded] of Object.entries(article.evidence ?? {})) {
    graded.refs.forEach((ref, i) => {
      if (ids.includes(ref)) return;
      const hint = closest(ref, ids);
      ctx.addIssue({
        code: "custom",
        path: ["evidence", outcome, "refs", i],
        message:
          `cites "${ref}", which is not in this article's references` +
          (hint ? ` (did you mean "${hint}"?)` : ids.length ? ` (listed: ${ids.join(", ")})` : " (the article lists none)"),
      });
    });
  }
}

export const modalityFrontmatter = z
  .strictObject({
    ...common,
    category: z.enum(MODALITY_CATEGORIES),
    aliases: z.array(line).default([]),
    evidence,
    dose: line.optional(),
    timing: line.optional(),
    sessionMinutes: range.optional(),
    cost: cost.optional(),
    setting: z.array(z.enum(SETTINGS)).default([]),
    situations: z.array(z.enum(SITUATIONS)).default([]),
    bodyAreas: z.array(z.enum(BODY_AREAS)).default([]),
    risks: line.optional(),
  })
  .superRefine(checkCitations);

const price = z.strictObject({
  amount: z.number().positive(),
  upTo: z.number().positive().optional(),
  currency: z.enum(CURRENCIES),
  checked: isoDate,
  source: line,
  url: z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }).optional(),
  note: line.optional(),
});

const specs = z.strictObject({
  source: line,
  url: z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }).optional(),
  checked: isoDate,
  weightKg: z.number().positive().optional(),
  batteryMinutes: z.number().positive().optional(),
  power: z.enum(POWER_SOURCES).optional(),
  portability: z.enum(PORTABILITY).optional(),
  sessionMinutes: range.optional(),
  noiseDb: z.number().positive().optional(),
  app: z.boolean().optional(),
  pressureMmHg: range.optional(),
  amplitudeMm: z.number().positive().optional(),
  percussionsPerMinute: z.number().int().positive().optional(),
  speeds: z.number().int().positive().optional(),
  attachments: z.number().int().positive().optional(),
  chambers: z.number().int().positive().optional(),
  intensityLevels: z.number().int().positive().optional(),
  programs: z.number().int().positive().optional(),
  capacityLitres: z.number().positive().optional(),
  material: line.optional(),
  /** Caveats on the figures, such as "up to" values or model differences. */
  note: line.optional(),
});

export const toolFrontmatter = z
  .strictObject({
    ...common,
    brand: line,
    modalities: z.array(slug).min(1, { error: "list at least one modality slug this tool delivers" }),
    price: price.optional(),
    runningCosts: line.optional(),
    specs: specs.optional(),
    bodyAreas: z.array(z.enum(BODY_AREAS)).default([]),
    bestFor: z.array(line).min(1, { error: "say who this tool suits best (at least one line)" }),
    pros: z.array(line).min(1, { error: "list at least one pro" }),
    cons: z.array(line).min(1, { error: "list at least one con" }),
    alternative: z.strictObject({
      note: line,
      tool: slug.optional(),
      modality: slug.optional(),
    }),
  })
  .superRefine(checkCitations);

export const guideFrontmatter = z
  .strictObject({
    ...common,
    order: z.number().int().nonnegative().default(100),
    modalities: z.array(slug).default([]),
    tools: z.array(slug).default([]),
  })
  .superRefine(checkCitations);

export const SCHEMAS = {
  modalities: modalityFrontmatter,
  tools: toolFrontmatter,
  guides: guideFrontmatter,
} as const;

export type CollectionName = keyof typeof SCHEMAS;
export type Reference = z.infer<typeof reference>;
export type GradedOutcome = z.infer<typeof gradedOutcome>;
export type ModalityFrontmatter = z.infer<typeof modalityFrontmatter>;
export type ToolFrontmatter = z.infer<typeof toolFrontmatter>;
export type GuideFrontmatter = z.infer<typeof guideFrontmatter>;
export type Price = z.infer<typeof price>;
export type Specs = z.infer<typeof specs>;
