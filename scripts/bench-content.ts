// Synthetic articles for the benchmarks: valid, cross-linked, and about the size of a real one.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const paragraph = (i: number) =>
  `Runner ${i} tried this after a long run and felt a little less sore two days later, which matches the small effects in the reviews. ` +
  `The dose was ten to fifteen minutes, and the cost was close to nothing with a bathtub and cold tap water at home.`;

/**
 * A body of its own for every article (`seed` differs for each), so no cache, however it is
 * keyed, can render one body for two articles; `linkTo` is a modality that exists.
 */
function body(seed: number, linkTo: number, cite?: string): string {
  const sections = ["How it works", "What the research shows", "How to do it", "Timing", "Who benefits most", "When to skip it"];
  return sections
    .map(
      (h, s) =>
        `## ${h}\n\n${paragraph(seed + s)}${cite ? ` (${cite})` : ""}\n\n${paragraph(seed + s + 1)}\n\n- one point\n- [a link](/modalities/m-${linkTo})\n- [a paper](https://doi.org/10.1000/${seed})`,
    )
    .join("\n\n");
}

/** A surname of letters only, different for every study, so each has a label of its own ("Examplebc 2020"). */
const surname = (i: number) => `Example${i.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)))}`;

function modality(i: number): string {
  return `---
title: Synthetic modality ${i}
summary: A generated article used to measure how fast the content pipeline runs.
updated: 2026-11-23
category: cold
evidence:
  soreness:
    summary: A small review found slightly less soreness than rest.
    entries: [{ study: s-${i}, result: soreness-24h, finding: benefit }]
  fatigue: { summary: No review measured perceived fatigue., entries: [] }
  performance: { summary: No review measured next-session performance., entries: [] }
  strength-gains: { summary: No review measured strength gains., entries: [] }
  endurance-gains: { summary: No review measured endurance gains., entries: [] }
references: [s-${i}]
---

${body(i, i, `${surname(i)} 2020`)}
`;
}

/** The work modality i cites: a file of its own in studies/, as every cited work is. */
function study(i: number): string {
  return `---
title: A review ${i}
authors: ${surname(i)} A
year: 2020
venue: Journal 1(1):1-10
kind: meta-analysis
doi: 10.1000/${i}
population: runners
pooled: { studies: 12 }
results:
  - { id: soreness-24h, outcome: soreness, measured: soreness a day later, measure: smd, effect: -0.4, ci: [-0.6, -0.2], favours: lower }
updated: 2026-11-23
---
`;
}

const CATEGORIES = ["compression-boots", "massage-guns", "rollers-and-balls", "tape"] as const;

/** A full bench for each generated category: sourced, not-published and not-found cells alike. */
const BENCH: Record<(typeof CATEGORIES)[number], string> = {
  "compression-boots": `  chambers: { value: 5, source: maker }
  pressureMmHg: { value: { min: 30, max: 110 }, source: maker }
  pressureLevels: { value: 7, source: maker }
  sessionPresets: not-published
  batteryHours: { value: 3, source: review }
  weightKg: { value: 1.4, source: maker }
  noiseDb: not-found
  app: { value: true, source: maker }
  travel: not-found`,
  "massage-guns": `  amplitudeMm: { value: 16, source: maker }
  percussionsPerMinute: { value: 2400, source: maker }
  stallForceKg: not-published
  speeds: { value: 5, source: maker }
  batteryHours: { value: 2.5, source: review }
  weightKg: { value: 1.3, source: maker }
  noiseDb: not-found
  app: { value: false, source: maker }`,
  "rollers-and-balls": `  lengthCm: { value: 33, source: maker }
  firmness: { value: Medium, source: maker }
  vibration: { value: false, source: maker }
  weightKg: not-found
  material: { value: EVA foam, source: review }`,
  tape: `  rollLengthM: { value: 5, source: maker }
  wearDays: { value: 3, source: maker }
  material: not-published`,
};

function tool(i: number, modalities: number): string {
  const a = i % modalities;
  const b = (i * 7 + 3) % modalities;
  const links = a === b ? `[m-${a}]` : `[m-${a}, m-${b}]`;
  const category = CATEGORIES[i % CATEGORIES.length];
  return `---
title: Synthetic tool ${i}
summary: A generated tool article used to measure how fast the content pipeline runs.
updated: 2026-11-23
brand: Example
category: ${category}
modalities: ${links}
sources:
  maker: { title: Example maker's spec page, kind: maker, date: 2026-11-01, url: https://example.com/spec }
  review: { title: Example dated review, kind: review, date: n.d. }
prices:
  US: { amount: ${20 + (i % 50) * 20}, source: maker }
  UK: { amount: ${15 + (i % 40) * 20}, source: review }
bench:
${BENCH[category]}
bestFor: [Benchmarks]
pros: [Fast]
cons: [Not real]
alternative: { note: Use nothing., modality: m-${a} }
---

${body(modalities + i, a)}
`;
}

/**
 * Writes n valid synthetic articles (half modalities, half tools linking to them) under a new
 * temporary folder, with the study each modality cites.
 */
export function generateContent(n: number): string {
  const root = mkdtempSync(join(tmpdir(), "recovery-bench-"));
  const modalities = Math.ceil(n / 2);
  mkdirSync(join(root, "modalities"));
  mkdirSync(join(root, "tools"));
  mkdirSync(join(root, "studies"));
  for (let i = 0; i < modalities; i++) writeFileSync(join(root, "modalities", `m-${i}.md`), modality(i));
  for (let i = 0; i < modalities; i++) writeFileSync(join(root, "studies", `s-${i}.md`), study(i));
  for (let i = 0; i < n - modalities; i++) writeFileSync(join(root, "tools", `t-${i}.md`), tool(i, modalities));
  return root;
}

