import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { explainGrades, modalityEvidence, numbersOf, outcomeEvidence, whyAnchor } from "@/lib/catalog/evidence";
import { GRADING_RULES } from "@/lib/catalog/grading";
import { GRADE_LABELS, OUTCOMES, OUTCOME_LABELS, type Grade } from "@/lib/content/vocabulary";
import { siteCatalog } from "../fixtures/catalogs";

// The fixture site's grades are listed in tests/fixtures/site/README.md.
const catalog = siteCatalog();
const cwi = catalog.modality("cold-water-immersion")!;
const percussion = catalog.modality("percussion-massage")!;
const ruleFor = (grade: Grade) => GRADING_RULES.find((r) => r.grade === grade)!.when;

describe("outcomeEvidence", () => {
  it("gives an outcome its computed grade, its summary, the rule that decided it and its anchor", () => {
    expect(outcomeEvidence(cwi, "strength-gains")).toMatchObject({
      outcome: "strength-gains",
      label: "Long-term strength and muscle gains",
      anchor: "why-strength-gains",
      grade: "harm",
      summary: "Regular dips after strength training reduced gains in strength and muscle.",
      because: ruleFor("harm"),
    });
    expect(modalityEvidence(cwi).map((e) => e.outcome)).toEqual([...OUTCOMES]);
    expect(OUTCOMES.map(whyAnchor)).toEqual(["why-soreness", "why-fatigue", "why-performance", "why-strength-gains", "why-endurance-gains"]);
  });

  it("describes each study weighed: its kind, its people, what it found and its numbers as the study states them", () => {
    expect(outcomeEvidence(cwi, "soreness").entries).toEqual([
      {
        study: "machado-2016",
        cite: "Machado 2016",
        href: "/studies/machado-2016",
        kind: "Meta-analysis",
        population: "Active adults",
        finding: "benefit",
        // a mean difference has no size word: only standardised effects do
        effect: "mean difference −0.29 points on a 10-point scale (95% CI −0.5 to −0.08)",
        certainty: "low certainty",
        counted: true,
        deciding: true,
        notCountedBecause: undefined,
        note: undefined,
      },
      {
        study: "dupuy-2018",
        cite: "Dupuy 2018",
        href: "/studies/dupuy-2018",
        kind: "Meta-analysis",
        population: "Mixed: athletes and untrained people",
        finding: "benefit",
        effect: "standardised mean difference −0.5 (95% CI −0.8 to −0.2), a moderate effect",
        certainty: undefined,
        counted: true,
        deciding: true,
        notCountedBecause: undefined,
        note: undefined,
      },
    ]);
  });

  it("uses the entry's own finding where it names no result, and keeps its note", () => {
    const [dupuy, wiewelhove] = outcomeEvidence(cwi, "performance").entries;
    expect(dupuy).toMatchObject({ finding: "benefit on some measures, not others", effect: undefined, note: "Strength recovered faster; jump height did not." });
    expect(wiewelhove).toMatchObject({ population: "Runners", finding: "harm or blunted gains", effect: "standardised mean difference −0.98, a large effect" });
    expect(outcomeEvidence(cwi, "performance").nearReaders).toBe(1);
  });

  it("gives the certainty the rule reads: a result's own rating, else the study's overall one, said to be overall", () => {
    const [okafor, lindqvist] = outcomeEvidence(percussion, "soreness").entries;
    expect(okafor.certainty).toBeUndefined();
    expect(lindqvist).toMatchObject({ effect: undefined, certainty: "low certainty overall" });
    expect(numbersOf(lindqvist)).toBe("no pooled number; low certainty overall");
    expect(numbersOf(okafor)).toBe(okafor.effect);
    expect(numbersOf({})).toBe("no pooled number");
  });

  it("shows a study of patients but does not count it, and says why", () => {
    const evidence = outcomeEvidence(percussion, "soreness");
    expect(evidence.entries.map((e) => [e.cite, e.counted, e.notCountedBecause])).toEqual([
      ["Okafor 2022", true, undefined],
      ["Lindqvist 2024", true, undefined],
      ["Reyes 2023", false, "patients, not people recovering from exercise"],
    ]);
    expect(evidence.entries[2].population).toBe("Patients (clinical)");
    expect(evidence.nearReaders).toBe(1);
  });

  it("charts only standardised results with a CI, turned so that benefit is positive", () => {
    // Machado 2016 is a mean difference; Dupuy 2018's SMD favours lower, so −0.5 (−0.8 to −0.2) becomes 0.5 (0.2 to 0.8)
    expect(outcomeEvidence(cwi, "soreness").plot).toEqual([{ label: "Dupuy 2018", effect: 0.5, low: 0.2, high: 0.8, counted: true, turned: true }]);
    // a harm that favours higher stays below zero
    expect(outcomeEvidence(cwi, "strength-gains").plot).toEqual([{ label: "Malta 2021", effect: -0.6, low: -0.87, high: -0.33, counted: true }]);
    // Wiewelhove 2018 has no CI, so it is tabled but not drawn
    expect(outcomeEvidence(cwi, "performance").plot).toEqual([]);
    expect(outcomeEvidence(percussion, "fatigue")).toMatchObject({ grade: "insufficient", entries: [], plot: [], nearReaders: 0 });
  });
});

describe("explainGrades (npm run grades)", () => {
  it("prints, per outcome, the grade, the rule that fired and every study weighed, as the page's disclosure does", () => {
    const text = explainGrades(percussion);
    expect(text.split("\n").slice(0, 12)).toEqual([
      `Percussion massage (${join("tests", "fixtures", "site", "modalities", "percussion-massage.md")})`,
      "",
      "Muscle soreness (DOMS): Limited evidence of benefit",
      `  rule: ${ruleFor("limited")}`,
      "  - Okafor 2022 [okafor-2022], Randomised trial, Runners: benefit (counted, deciding)",
      "      standardised mean difference −0.5 (95% CI −0.9 to −0.1), a moderate effect",
      "  - Lindqvist 2024 [lindqvist-2024], Randomised trial, Active adults: benefit (counted, deciding)",
      "      no pooled number; low certainty overall",
      "  - Reyes 2023 [reyes-2023], Meta-analysis, Patients (clinical): benefit (not counted: patients, not people recovering from exercise)",
      "      Clinical back pain, not soreness after exercise.",
      "  counted studies in runners or endurance athletes: 1",
      "",
    ]);
    expect(text).toContain(["Perceived fatigue and recovery: Not enough evidence", `  rule: ${ruleFor("insufficient")}`, "  no studies listed"].join("\n"));
  });

  it("names every outcome with its grade, in the page's order", () => {
    const headings = explainGrades(cwi)
      .split("\n")
      .filter((l) => OUTCOMES.some((o) => l.startsWith(`${OUTCOME_LABELS[o]}: `)));
    expect(headings).toEqual(OUTCOMES.map((o) => `${OUTCOME_LABELS[o]}: ${GRADE_LABELS[cwi.grades[o].grade]}`));
    expect(OUTCOMES.map((o) => cwi.grades[o].grade)).toEqual(["limited", "moderate", "conflicting", "harm", "no-effect"]);
  });
});

describe("npm run grades", () => {
  const run = (args: string[], contentDir: string) =>
    spawnSync(process.execPath, [join("node_modules", "tsx", "dist", "cli.mjs"), join("scripts", "grades.ts"), ...args], {
      encoding: "utf8",
      env: { ...process.env, RECOVERY_CONTENT_DIR: contentDir },
    });
  const site = join("tests", "fixtures", "site");

  it("prints the explanation for each method named, and exits 0", () => {
    const result = run(["percussion-massage", "sleep"], site);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(explainGrades(percussion));
    expect(result.stdout).toContain(explainGrades(catalog.modality("sleep")!));
  });

  it("says which methods exist when asked for none or an unknown one", () => {
    const none = run([], site);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^Usage: npm run grades -- <method>.*\nMethods: nutrition, sleep, /);
    const unknown = run(["ice-bath"], site);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('There is no method "ice-bath".');
  });

  it("refuses to grade a method whose evidence has problems, and lists them", () => {
    const result = run(["contradicting-finding"], join("tests", "fixtures", "broken"));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/modalities\/contradicting-finding\.md cannot be graded until these are fixed:/);
    expect(result.stderr).toContain('evidence.soreness.entries[0].finding  the finding says "none"');
    expect(result.stdout).toBe("");
  });
});
