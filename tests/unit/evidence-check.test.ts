import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { loadContent } from "@/lib/content/load";

// The exact messages for an unknown result, a result about another outcome and a finding that
// contradicts its numbers are in tests/unit/load.test.ts (tests/fixtures/broken). These cases
// pin what the check leaves alone, on a small site written for each test.

const root = mkdtempSync(join(tmpdir(), "evidence-check-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const STUDY = `---
title: A review with three results
authors: Example A
year: 2020
venue: Example Journal 1:1-2
kind: meta-analysis
url: https://example.com/review
population: runners
results:
  - { id: with-ci, outcome: soreness, measured: soreness, measure: smd, effect: -0.5, ci: [-0.8, -0.2], favours: lower }
  - { id: without-ci, outcome: soreness, measured: soreness, measure: smd, effect: -0.5, favours: lower }
  - { id: ratio, outcome: performance, measured: finishing a race, measure: risk-ratio, effect: 1.4, ci: [1.1, 1.8], favours: higher }
  - { id: range-of-motion, outcome: flexibility, measured: knee range, measure: smd, effect: 0.5, ci: [0.2, 0.8], favours: higher }
updated: 2026-11-23
---
`;

let n = 0;
/** Issues the whole load reports for one method whose evidence is `soreness` and `performance` entries. */
function issuesFor(soreness: string, performance = "[]", extraStudy?: [string, string]) {
  const dir = join(root, `site-${++n}`);
  mkdirSync(join(dir, "modalities"), { recursive: true });
  mkdirSync(join(dir, "studies"), { recursive: true });
  writeFileSync(join(dir, "studies", "review-2020.md"), STUDY);
  if (extraStudy) writeFileSync(join(dir, "studies", `${extraStudy[0]}.md`), extraStudy[1]);
  const outcome = (name: string, entries: string) => `  ${name}:\n    summary: A sentence long enough to pass the check.\n    entries: ${entries}\n`;
  writeFileSync(
    join(dir, "modalities", "method.md"),
    `---\ntitle: Method\nsummary: A method written to test the evidence check.\nupdated: 2026-11-23\ncategory: cold\nevidence:\n` +
      outcome("soreness", soreness) +
      outcome("fatigue", "[]") +
      outcome("performance", performance) +
      outcome("strength-gains", "[]") +
      outcome("endurance-gains", "[]") +
      `---\n\n## How it works\n\nText.\n`,
  );
  return loadContent(dir, { includeDrafts: true }).issues.map((i) => formatIssue(i).replace(`${dir}/`, "").replace(/^.*?modalities\//, "modalities/"));
}

describe("checkEvidence", () => {
  it("accepts entries whose finding agrees with their result's numbers", () => {
    expect(issuesFor("[{ study: review-2020, result: with-ci, finding: benefit }]", "[{ study: review-2020, result: ratio, finding: benefit }]")).toEqual([]);
  });

  it("checks no numbers for an entry that names no result, or a result without a CI: the entry's finding stands", () => {
    expect(issuesFor("[{ study: review-2020, finding: harm }, { study: review-2020, result: without-ci, finding: none }]")).toEqual([]);
  });

  it("reads a ratio's no difference at 1", () => {
    expect(issuesFor("[]", "[{ study: review-2020, result: ratio, finding: none }]")).toEqual([
      `modalities/method.md:15:52  evidence.performance.entries[0].finding  the finding says "none", but the result's numbers (1.4, 95% CI 1.1 to 1.8) show benefit: write finding: benefit`,
    ]);
  });

  it("refuses a result that is not about a graded outcome, which cannot rest a grade", () => {
    const [issue] = issuesFor("[{ study: review-2020, result: range-of-motion, finding: benefit }]");
    expect(issue).toMatch(/^modalities\/method\.md:9:\d+  evidence\.soreness\.entries\[0\]\.result  the result "range-of-motion" of "review-2020" is about flexibility and range of motion, not muscle soreness \(DOMS\)$/);
  });

  it("leaves an unknown study to the link check, and a study with errors to its own, reporting each problem once", () => {
    const broken = `---\ntitle: Broken\nauthors: Example B\nyear: twenty\nvenue: Example\nkind: trial\nurl: https://example.com/b\npopulation: runners\nupdated: 2026-11-23\n---\n`;
    const issues = issuesFor("[{ study: nowhere-2020, result: with-ci, finding: none }, { study: broken-2020, result: x, finding: none }]", "[]", ["broken-2020", broken]);
    expect(issues.map((l) => l.split("  ")[1]).sort()).toEqual(["evidence.soreness.entries[0].study", "year"]);
  });
});
