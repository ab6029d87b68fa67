import { findingFromNumbers } from "./effects";
import { fieldPath, type ContentIssue } from "./issues";
import type { Parsed } from "./load";
import type { ModalityFrontmatter, StudyFrontmatter } from "./schemas";
import { FINDING_LABELS, inSentence, OUTCOMES, OUTCOME_LABELS, RESULT_TOPIC_LABELS } from "./vocabulary";

interface Content {
  modalities: { parsed: Parsed<ModalityFrontmatter>[] };
  studies: { parsed: Parsed<StudyFrontmatter>[] };
}

/**
 * Checks that every evidence entry can be graded: the result it names exists in its study, is
 * about the same outcome, and its numbers agree with the finding the entry states. Links to
 * unknown studies are reported by the cross-link check; entries whose study is invalid are left
 * to that study's own errors.
 */
export function checkEvidence(content: Content): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const studies = new Map(content.studies.parsed.flatMap((p) => (p.entry ? [[p.slug, p.entry] as const] : [])));
  for (const from of content.modalities.parsed) {
    if (!from.entry) continue;
    for (const outcome of OUTCOMES) {
      from.entry.evidence[outcome].entries.forEach((entry, i) => {
        const study = studies.get(entry.study);
        if (!study || entry.result === undefined) return;
        const path = ["evidence", outcome, "entries", i, "result"];
        const report = (message: string, at: (string | number)[] = path) =>
          issues.push({ file: from.file, ...from.source.locate(at), field: fieldPath(at), message });
        const result = study.results.find((r) => r.id === entry.result);
        if (!result) {
          const ids = study.results.map((r) => r.id);
          report(`the study "${entry.study}" has no result "${entry.result}"${ids.length ? ` (its results: ${ids.join(", ")})` : "; add the result to content/studies/" + entry.study + ".md"}`);
          return;
        }
        if (result.outcome !== outcome) {
          report(`the result "${entry.result}" of "${entry.study}" is about ${inSentence(RESULT_TOPIC_LABELS[result.outcome])}, not ${inSentence(OUTCOME_LABELS[outcome])}`);
          return;
        }
        const shown = findingFromNumbers(result);
        if (shown && shown !== entry.finding) {
          const [low, high] = result.ci!;
          report(
            `the finding says "${entry.finding}", but the result's numbers (${result.effect}, 95% CI ${low} to ${high}) show ${FINDING_LABELS[shown]}: write finding: ${shown}`,
            ["evidence", outcome, "entries", i, "finding"],
          );
        }
      });
    }
  }
  return issues;
}
