import { z } from "zod";
import type { ContentCache } from "./content-cache";
import type { ContentIssue } from "./issues";
import type { RenderedMarkdown } from "./markdown";
import { line, ref, slug } from "./schemas";
import { readSiteFile } from "./site-file";
import { GRADES, OUTCOMES, PLAN_WINDOWS, SESSION_KINDS, SITUATIONS } from "./vocabulary";

/**
 * The planner's rules: one table, written by editors in content/planner.md, whose body explains
 * them to readers. A rule says what to do (or skip) after which sessions and when, which graded
 * outcome of the method it rests on, and which studies back it. Grades are never written here:
 * a rule fires while its method's computed grade meets its condition, so when the evidence
 * changes grade, the plans that use the rule change with it.
 */
export const PLANNER_FILE = "planner.md";

const sessionKinds = z.array(z.enum(SESSION_KINDS)).min(1);

export const planRule = z
  .strictObject({
    id: slug.meta({ description: "A short name for the rule, unique in the table; plans and tests name rules by it.", examples: ["refuel-after-hard-sessions"] }),
    after: sessionKinds
      .optional()
      .meta({ description: "The sessions the rule follows. Leave out only for a race-week rule (beforeRace).", examples: [["long", "intervals", "race"]] }),
    window: z.enum(PLAN_WINDOWS).meta({ description: "When the suggestion belongs, counted from the end of the session." }),
    nextDay: sessionKinds
      .optional()
      .meta({ description: "Only when the next day holds one of these sessions (back-to-back days).", examples: [["long", "intervals", "race"]] }),
    notNextDay: sessionKinds
      .optional()
      .meta({ description: "Not when the next day holds one of these sessions: that session's own easy start does what the rule would suggest.", examples: [["easy", "long", "intervals", "race"]] }),
    beforeRace: z
      .number()
      .int()
      .min(1)
      .max(14)
      .optional()
      .meta({ description: "Only on days this many days or fewer before the race date." }),
    afterRace: z
      .number()
      .int()
      .min(1)
      .max(28)
      .optional()
      .meta({ description: "Only on days this many days or fewer after a race (a race on the plan, or the race date)." }),
    do: ref("modalities").optional().meta({ description: "The method to suggest.", examples: ["nutrition"] }),
    skip: ref("modalities").optional().meta({ description: "The method to leave out, and say why.", examples: ["cold-water-immersion"] }),
    choose: z
      .strictObject({
        situation: z.enum(SITUATIONS).meta({ description: "Every published method that lists this situation is a candidate." }),
      })
      .optional()
      .meta({ description: "Suggest the best-graded methods that fit the runner (place, budget, tools owned, minutes), chosen from the catalog, so a new method joins plans without code." }),
    familiarOnly: z
      .literal(true)
      .optional()
      .meta({ description: "Nothing new: on the days this rule covers, only the foundations and the methods of tools the runner owns are suggested." }),
    outcome: z
      .enum(OUTCOMES)
      .optional()
      .meta({ description: "The graded outcome the rule rests on; plans name its grade and link to why. Every rule but a familiarOnly one has one." }),
    atLeast: z
      .enum(GRADES)
      .optional()
      .meta({ description: "For do and choose: suggest only while the method's grade for the outcome is this or better (strong, moderate, limited…)." }),
    whenGrade: z
      .array(z.enum(GRADES))
      .min(1)
      .optional()
      .meta({ description: "For skip: apply only while the method's grade for the outcome is one of these.", examples: [["harm"]] }),
    minutes: z.number().int().min(0).max(240).optional().meta({ description: "Minutes it takes; by default the low end of the method's session length." }),
    say: line.max(320, { error: "expected at most 320 characters: say it in one or two sentences" }).meta({ description: "What the reader reads beside the suggestion: what to do and why, in one or two sentences." }),
    studies: z.array(ref("studies")).min(1, { error: "every rule cites at least one study" }).meta({ description: "The studies behind the rule.", examples: [["roberts-2015"]] }),
  })
  .superRefine((rule, ctx) => {
    const actions = (["do", "skip", "choose", "familiarOnly"] as const).filter((k) => rule[k] !== undefined);
    if (actions.length !== 1) {
      ctx.addIssue({ code: "custom", path: [], message: `give exactly one of do, skip, choose or familiarOnly (this rule has ${actions.length ? actions.join(" and ") : "none"})` });
    }
    if (!rule.after && rule.beforeRace === undefined) ctx.addIssue({ code: "custom", path: ["after"], message: "say which sessions the rule follows (after), or give beforeRace for a race-week rule" });
    if (!rule.outcome && !rule.familiarOnly) ctx.addIssue({ code: "custom", path: ["outcome"], message: "say which graded outcome the rule rests on (soreness, fatigue, performance, strength-gains or endurance-gains)" });
    if (rule.whenGrade && !rule.skip) ctx.addIssue({ code: "custom", path: ["whenGrade"], message: "whenGrade belongs to a skip rule; a do or choose rule uses atLeast" });
    if (rule.atLeast && (rule.skip || rule.familiarOnly)) ctx.addIssue({ code: "custom", path: ["atLeast"], message: "atLeast belongs to a do or choose rule; a skip rule uses whenGrade" });
    if (rule.skip && !rule.whenGrade) ctx.addIssue({ code: "custom", path: ["whenGrade"], message: "a skip rule says which grades make it apply, like whenGrade: [harm], so it stops when the evidence changes" });
  });

export const plannerFrontmatter = z.strictObject({
  title: line.meta({ description: "The heading of the page that explains the rules." }),
  summary: line.meta({ description: "One line on how the planner decides." }),
  updated: z.iso.date().meta({ description: "The day the rules were last reviewed." }),
  rules: z
    .array(planRule)
    .min(1)
    .superRefine((rules, ctx) => {
      const seen = new Set<string>();
      rules.forEach((r, i) => {
        if (seen.has(r.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `another rule is already called "${r.id}": give each rule its own id` });
        seen.add(r.id);
      });
    })
    .meta({ description: "The timing and interaction rules, tried for every session of the week." }),
});

export type PlanRule = z.output<typeof planRule>;
export type PlannerFrontmatter = z.output<typeof plannerFrontmatter>;
export type PlannerContent = PlannerFrontmatter & { file: string; body: RenderedMarkdown };

/**
 * Reads content/planner.md and checks its references to methods and studies against the slugs of
 * the files loaded. A site without the file has no planner rules (the fixture sites of unrelated
 * tests), which the planner page states rather than failing; a file that is there must be valid.
 */
export function loadPlanner(
  root: string,
  cache: ContentCache,
  known: { modalities: ReadonlySet<string>; studies: ReadonlySet<string> },
): { planner?: PlannerContent; issues: ContentIssue[] } {
  const read = readSiteFile(root, PLANNER_FILE, plannerFrontmatter, cache);
  if (!read || !("data" in read)) return { issues: read?.issues ?? [] };
  const { data, file, source, at } = read;
  const links = data.rules.flatMap((rule, i) => [
    ...(["do", "skip"] as const).flatMap((field) => {
      const target = rule[field];
      return target && !known.modalities.has(target) ? [at(["rules", i, field], `"${target}" is not a method in content/modalities`)] : [];
    }),
    ...rule.studies.flatMap((s, j) => (known.studies.has(s) ? [] : [at(["rules", i, "studies", j], `"${s}" is not a study in content/studies`)])),
  ]);
  return links.length ? { issues: links } : { planner: { ...data, file, body: cache.render(source.body) }, issues: [] };
}
