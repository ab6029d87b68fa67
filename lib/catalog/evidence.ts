import type { Route } from "next";
import { effectSizeWord, isStandardised } from "../content/effects";
import {
  FINDING_LABELS,
  GRADE_LABELS,
  OUTCOMES,
  OUTCOME_LABELS,
  POPULATION_LABELS,
  STUDY_KIND_LABELS,
  type Grade,
  type Outcome,
} from "../content/vocabulary";
import type { Grading, Modality } from "./catalog";
import { citeLabel } from "../content/citation-syntax";
import { formatCertainty, formatEffect } from "./format";

/** One study's line in a "why this grade" disclosure. */
export interface EvidenceEntryView {
  study: string;
  cite: string;
  href: Route;
  kind: string;
  population: string;
  finding: string;
  /** The numbers of the result the entry rests on, as the study states them. */
  effect?: string;
  /** The certainty the grading rule reads: the result's own rating, else the review's overall one ("… overall"). */
  certainty?: string;
  counted: boolean;
  /**
   * Whether it is one of the deciding studies (DECIDING_STUDIES). A counted study that is not (a
   * trial beside reviews, a position stand) can still count in the rule's other conditions, such as
   * whether runners were studied, so it is marked counted, not "not deciding".
   */
  deciding: boolean;
  notCountedBecause?: string;
  note?: string;
}

/** One point of a forest plot: a standardised effect turned so that benefit is to the right. */
export interface ForestPoint {
  label: string;
  effect: number;
  low: number;
  high: number;
  counted: boolean;
  /** The study reported a fall as the good direction (soreness), so its signs are reversed here. */
  turned?: true;
}

/** Points drawn together under a heading, such as one method's studies with its grade on the evidence map. */
export interface ForestGroup {
  title?: string;
  /** A few words under the heading, such as the method's grade. */
  note?: string;
  points: ForestPoint[];
}

export interface OutcomeEvidence {
  outcome: Outcome;
  label: string;
  /** The id of the outcome's "why this grade" disclosure on the method's page. */
  anchor: string;
  grade: Grade;
  summary: string;
  /** The condition of the rule that decided the grade. */
  because: string;
  entries: EvidenceEntryView[];
  nearReaders: number;
  /** The standardised results with a CI, the only ones that share an axis. */
  plot: ForestPoint[];
}

export const whyAnchor = (outcome: Outcome) => `why-${outcome}`;

/** The evidence for one outcome of a method, as plain data for its table row, disclosure and chart. */
export function outcomeEvidence(modality: Modality, outcome: Outcome): OutcomeEvidence {
  const grading: Grading = modality.grades[outcome];
  const entries = grading.entries.map((w): EvidenceEntryView => {
    const size = w.result && effectSizeWord(w.result);
    return {
      study: w.study.slug,
      cite: citeLabel(w.study),
      href: w.study.href,
      kind: STUDY_KIND_LABELS[w.study.kind],
      population: w.study.population ? POPULATION_LABELS[w.study.population] : "not stated",
      finding: FINDING_LABELS[w.finding],
      effect: w.result ? `${formatEffect(w.result)}${size ? `, a ${size} effect` : ""}` : undefined,
      certainty: formatCertainty(w.result, w.study),
      counted: w.counted,
      deciding: grading.deciding.includes(w),
      notCountedBecause: w.notCountedBecause,
      note: w.entry.note,
    };
  });
  const plot = grading.entries.flatMap((w): ForestPoint[] => {
    const r = w.result;
    if (!r?.ci || !isStandardised(r)) return [];
    const turn = r.favours === "higher" ? 1 : -1;
    const [a, b] = [r.ci[0] * turn, r.ci[1] * turn];
    return [{ label: citeLabel(w.study), effect: r.effect * turn, low: Math.min(a, b), high: Math.max(a, b), counted: w.counted, ...(turn < 0 && { turned: true as const }) }];
  });
  return {
    outcome,
    label: OUTCOME_LABELS[outcome],
    anchor: whyAnchor(outcome),
    grade: grading.grade,
    summary: modality.evidence[outcome].summary,
    because: grading.rule.when,
    entries,
    nearReaders: grading.nearReaders,
    plot,
  };
}

/** A study's numbers and the certainty the rule read, as the disclosure's "numbers" column and the editor's explanation give them. */
export const numbersOf = (e: Pick<EvidenceEntryView, "effect" | "certainty">) => [e.effect ?? "no pooled number", e.certainty].filter(Boolean).join("; ");

export const modalityEvidence = (modality: Modality): OutcomeEvidence[] => OUTCOMES.map((o) => outcomeEvidence(modality, o));

/** The explanation `npm run grades` prints: the same facts the page's disclosure shows. */
export function explainGrades(modality: Modality): string {
  const lines = [`${modality.title} (${modality.file})`];
  for (const e of modalityEvidence(modality)) {
    lines.push("", `${e.label}: ${GRADE_LABELS[e.grade]}`, `  rule: ${e.because}`);
    if (!e.entries.length) lines.push("  no studies listed");
    for (const s of e.entries) {
      const status = !s.counted ? `not counted: ${s.notCountedBecause}` : s.deciding ? "counted, deciding" : "counted";
      lines.push(`  - ${s.cite} [${s.study}], ${s.kind}, ${s.population}: ${s.finding} (${status})`);
      if (s.effect || s.certainty) lines.push(`      ${numbersOf(s)}`);
      if (s.note) lines.push(`      ${s.note}`);
    }
    lines.push(`  counted studies in runners or endurance athletes: ${e.nearReaders}`);
  }
  return lines.join("\n");
}
