// Benchmarks the content pipeline: N synthetic articles are written to a temporary folder, then
// loaded, validated, rendered and cross-linked. Times vary with machine load, so compare the
// per-article figures and the ratio between sizes measured in the same run, not absolute numbers.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCatalog, getCatalog } from "../lib/catalog";
import { loadContent } from "../lib/content/load";

const SIZES = (process.argv[2] ?? "100,1000").split(",").map(Number);
const RUNS = 3;

const paragraph = (i: number) =>
  `Runner ${i} tried this after a long run and felt a little less sore two days later, which matches the small effects in the reviews. ` +
  `The dose was ten to fifteen minutes, and the cost was close to nothing with a bathtub and cold tap water at home.`;

function body(i: number): string {
  const sections = ["How it works", "What the research shows", "How to do it", "Timing", "Who benefits most", "When to skip it"];
  return sections
    .map((h, s) => `## ${h}\n\n${paragraph(i + s)}\n\n${paragraph(i + s + 1)}\n\n- one point\n- [a link](/modalities/m-${i})\n- [a paper](https://doi.org/10.1000/${i})`)
    .join("\n\n");
}

function modality(i: number): string {
  return `---
title: Synthetic modality ${i}
summary: A generated article used to measure how fast the content pipeline runs.
updated: 2026-11-23
category: cold
evidence:
  soreness: { grade: limited, refs: [ref-${i}], summary: A small review found slightly less soreness than rest. }
  fatigue: { grade: insufficient, summary: No review measured perceived fatigue. }
  performance: { grade: insufficient, summary: No review measured next-session performance. }
  adaptation: { grade: insufficient, summary: No review measured long-term adaptation. }
references:
  - { id: ref-${i}, authors: Example A, year: 2020, title: A review, source: Journal 1(1):1-10, kind: meta-analysis, doi: 10.1000/${i} }
---

${body(i)}
`;
}

function tool(i: number, modalities: number): string {
  const a = i % modalities;
  const b = (i * 7 + 3) % modalities;
  const links = a === b ? `[m-${a}]` : `[m-${a}, m-${b}]`;
  return `---
title: Synthetic tool ${i}
summary: A generated tool article used to measure how fast the content pipeline runs.
updated: 2026-11-23
brand: Example
modalities: ${links}
price: { amount: 99, currency: USD, checked: 2026-11-23, source: Example store }
bestFor: [Benchmarks]
pros: [Fast]
cons: [Not real]
alternative: { note: Use nothing., modality: m-${a} }
---

${body(i)}
`;
}

function generate(n: number): string {
  const root = mkdtempSync(join(tmpdir(), "recovery-bench-"));
  const modalities = Math.ceil(n / 2);
  mkdirSync(join(root, "modalities"));
  mkdirSync(join(root, "tools"));
  for (let i = 0; i < modalities; i++) writeFileSync(join(root, "modalities", `m-${i}.md`), modality(i));
  for (let i = 0; i < n - modalities; i++) writeFileSync(join(root, "tools", `t-${i}.md`), tool(i, modalities));
  return root;
}

function measure(n: number): number {
  const root = generate(n);
  try {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const content = loadContent(root, { includeDrafts: false });
      if (content.issues.length) throw new Error(`generated content is invalid:\n${content.issues.map((i) => i.message).join("\n")}`);
      const catalog = buildCatalog(content);
      if (catalog.modalities.length + catalog.tools.length !== n) throw new Error("articles went missing");
      times.push(performance.now() - start);
    }
    return Math.min(...times);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

measure(50); // warm up the JIT and the module cache so the first size is not penalised

console.log(`Content pipeline (load + validate + render + cross-link), best of ${RUNS} runs:`);
const perArticle: number[] = [];
for (const n of SIZES) {
  const ms = measure(n);
  perArticle.push(ms / n);
  console.log(`  ${String(n).padStart(5)} articles: ${ms.toFixed(0).padStart(6)} ms total, ${(ms / n).toFixed(3)} ms per article`);
}
if (SIZES.length > 1) {
  const ratio = perArticle[perArticle.length - 1] / perArticle[0];
  console.log(`  per-article cost at ${SIZES[SIZES.length - 1]} vs ${SIZES[0]}: ${ratio.toFixed(2)}x (1.00x = perfectly linear)`);
}

const first = performance.now();
try {
  getCatalog();
} catch (error) {
  console.error(`Site content is invalid, so getCatalog() was not measured:\n${(error as Error).message}`);
  process.exit(1);
}
const firstMs = performance.now() - first;
const again = performance.now();
for (let i = 0; i < 1000; i++) getCatalog();
const againUs = ((performance.now() - again) / 1000) * 1000;
console.log(`Site content via getCatalog(): first call ${firstMs.toFixed(0)} ms, later calls ${againUs.toFixed(2)} µs each (loaded once per process)`);
