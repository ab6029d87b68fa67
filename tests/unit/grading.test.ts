import { describe, expect, it } from "vitest";
import { GRADING_RULES, grade, weigh, type GradedStudy } from "@/lib/catalog/grading";
import { findingFromNumbers } from "@/lib/content/effects";
import type { StudyResult } from "@/lib/content/schemas";
import { GRADES, type Finding, type Population, type StudyKind } from "@/lib/content/vocabulary";

let n = 0;
/** One evidence entry on a study of the given kind and population. */
function study(kind: StudyKind, finding: Finding, population: Population = "active-adults", result?: Partial<StudyResult>) {
  const slug = `s-${++n}`;
  const results: StudyResult[] = result
    ? [{ id: "r", outcome: "soreness", measured: "soreness", measure: "smd", effect: 0.5, favours: "higher", ...result }]
    : [];
  const s: GradedStudy = { slug, kind, population, results, pooled: { studies: 12 } };
  return weigh({ study: slug, finding, ...(result ? { result: "r" } : {}) }, s);
}

const review = (finding: Finding, population?: Population, result?: Partial<StudyResult>) => study("meta-analysis", finding, population, result);
const trial = (finding: Finding, population?: Population) => study("randomized-trial", finding, population);

describe("the grading rule", () => {
  it("has one rule per grade, so the methodology table shows every grade once", () => {
    expect(GRADING_RULES.map((r) => r.grade).sort()).toEqual([...GRADES].sort());
  });

  it("grades nothing, or a single trial, as insufficient", () => {
    expect(grade([]).grade).toBe("insufficient");
    expect(grade([trial("benefit")]).grade).toBe("insufficient");
  });

  it("lets reviews decide over the trials they pool", () => {
    expect(grade([review("none"), trial("benefit"), trial("benefit")]).grade).toBe("no-effect");
  });

  it("lets two or more trials decide when no review exists", () => {
    expect(grade([trial("benefit"), trial("benefit")]).grade).toBe("limited");
    expect(grade([trial("none"), trial("none")]).grade).toBe("no-effect");
    expect(grade([trial("benefit"), trial("none")]).grade).toBe("conflicting");
  });

  it("reports harm found by a review, or by trials that outnumber those finding a benefit", () => {
    expect(grade([review("harm"), review("benefit")]).grade).toBe("harm");
    expect(grade([trial("harm"), trial("harm"), trial("benefit")]).grade).toBe("harm");
    expect(grade([trial("harm"), trial("benefit")]).grade).toBe("conflicting");
  });

  it("calls a study finding benefit on some measures and not others conflicting", () => {
    expect(grade([review("benefit"), review("mixed")]).grade).toBe("conflicting");
  });

  it("holds a benefit at limited when a review rates its own evidence low", () => {
    const low = review("benefit", "active-adults", { ci: [0.2, 0.8], certainty: "low" });
    expect(grade([low, review("benefit")]).grade).toBe("limited");
  });

  it("takes a review's overall rating of its evidence when the result it rests on has none", () => {
    const judged = review("benefit");
    judged.study.certainty = "low";
    expect(grade([judged]).grade).toBe("limited");
  });

  it("grades a pooled benefit without a low rating as moderate, when it rests on enough studies", () => {
    expect(grade([review("benefit")]).grade).toBe("moderate");
    expect(grade([study("systematic-review", "benefit")]).grade).toBe("limited"); // a review without pooled numbers
    const small = review("benefit");
    small.study.pooled = { studies: 8 };
    expect(grade([small]).grade).toBe("limited");
    expect(grade([small, review("benefit")]).grade).toBe("moderate"); // two meta-analyses agree
  });

  it("grades strong only with two agreeing reviews, a sound certainty rating and runners or endurance athletes studied", () => {
    const sound = review("benefit", "active-adults", { ci: [0.3, 0.9], certainty: "moderate" });
    expect(grade([sound, review("benefit")]).grade).toBe("moderate"); // nobody near the site's readers
    expect(grade([sound, review("benefit", "endurance-athletes")]).grade).toBe("strong");
    expect(grade([review("benefit", "runners"), review("benefit")]).grade).toBe("moderate"); // no certainty rating
  });

  it("lets a position stand carry a review's benefit to strong, never decide alone", () => {
    const stand = study("position-stand", "benefit", "athletes");
    expect(grade([stand]).grade).toBe("insufficient");
    expect(grade([review("benefit", "endurance-athletes"), stand]).grade).toBe("strong");
  });

  it("counts neither patients nor narrative reviews, and says why", () => {
    const patients = review("benefit", "clinical");
    const narrative = study("narrative-review", "benefit", "runners");
    const graded = grade([patients, narrative]);
    expect(graded.grade).toBe("insufficient");
    expect(graded.entries.map((e) => e.notCountedBecause)).toEqual([
      "patients, not people recovering from exercise",
      "this kind of work is shown but does not decide a grade",
    ]);
  });

  it("reads a result's numbers rather than the finding typed beside them", () => {
    const crossesZero = review("benefit", "active-adults", { ci: [-0.1, 0.6] });
    expect(crossesZero.finding).toBe("none");
    expect(grade([crossesZero]).grade).toBe("no-effect");
  });

  it("records the rule that fired and how many counted studies were in runners or endurance athletes", () => {
    const graded = grade([review("benefit", "runners"), trial("benefit", "endurance-athletes"), trial("benefit", "clinical")]);
    expect(graded.rule.grade).toBe("moderate");
    expect(graded.rule.when).toMatch(/meta-analys/);
    expect(graded.nearReaders).toBe(2);
  });
});

describe("what a result's numbers show", () => {
  const result = (r: Partial<StudyResult>): StudyResult => ({ id: "r", outcome: "soreness", measured: "m", measure: "smd", effect: -0.5, favours: "lower", ...r });

  it("is a benefit when the interval lies wholly on the side that favours the method", () => {
    expect(findingFromNumbers(result({ ci: [-0.8, -0.2] }))).toBe("benefit");
    expect(findingFromNumbers(result({ favours: "higher", effect: 0.5, ci: [0.2, 0.8] }))).toBe("benefit");
  });

  it("is harm when it lies wholly on the other side, and no difference when it spans none", () => {
    expect(findingFromNumbers(result({ effect: 0.6, ci: [0.3, 0.9] }))).toBe("harm");
    expect(findingFromNumbers(result({ ci: [-0.8, 0.1] }))).toBe("none");
  });

  it("treats a standardised effect under 0.2 as no meaningful difference, whatever its interval, on either side", () => {
    expect(findingFromNumbers(result({ effect: -0.15, ci: [-0.25, -0.05] }))).toBe("none");
    expect(findingFromNumbers(result({ effect: 0.15, ci: [0.05, 0.25] }))).toBe("none");
    expect(findingFromNumbers(result({ measure: "mean-difference", effect: 0.15, ci: [0.05, 0.25] }))).toBe("harm"); // not standardised: no size threshold
  });

  it("puts no difference at 1 for ratios", () => {
    expect(findingFromNumbers(result({ measure: "odds-ratio", effect: 0.1, ci: [0.04, 0.26] }))).toBe("benefit");
    expect(findingFromNumbers(result({ measure: "risk-ratio", effect: 0.9, ci: [0.7, 1.1] }))).toBe("none");
  });

  it("says nothing without an interval, leaving the entry's own finding", () => {
    expect(findingFromNumbers(result({}))).toBeUndefined();
  });
});
