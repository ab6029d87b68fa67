import { citeLabel, findCitations, yearOf } from "./citation-syntax";
import { COLLECTION_NAMES, referenceFieldsOf, type CollectionName } from "./collections";
import { fieldPath, type ContentIssue } from "./issues";
import { isDraftFrontmatter } from "./frontmatter";
import type { Parsed } from "./load";
import type { RenderedMarkdown } from "./markdown";
import { writtenReferences } from "./references";
import type { StudyFrontmatter } from "./schemas";
import { didYouMean } from "./suggest";

type WithBody = Parsed<{ body: RenderedMarkdown; draft?: boolean }>;
type Content = Omit<Record<CollectionName, { parsed: WithBody[] }>, "studies"> & {
  studies: { parsed: Parsed<StudyFrontmatter & { body: RenderedMarkdown }>[] };
};

/** APA's way to tell apart two works of one author and year: "Hill 2014b", "Therabody n.d.-b". */
const lettered = (label: string, letter: string) => (label.endsWith("n.d.") ? `${label}-${letter}` : `${label}${letter}`);

interface Labelled {
  study: Parsed<StudyFrontmatter>;
  label: string;
}

/** Citations in frontmatter text (a risks line, a change's summary, an evidence note), with the path of each. */
function frontmatterCitations(raw: unknown, path: (string | number)[] = [], found: { label: string; path: (string | number)[] }[] = []) {
  // A citation in frontmatter is always inside parentheses in one string; most strings (dates, names, addresses) hold none.
  if (typeof raw === "string") {
    if (raw.includes("(")) for (const { label } of findCitations(raw)) found.push({ label, path });
  } else if (Array.isArray(raw)) {
    raw.forEach((item, i) => frontmatterCitations(item, [...path, i], found));
  } else if (raw && typeof raw === "object") {
    for (const key in raw) frontmatterCitations((raw as Record<string, unknown>)[key], [...path, key], found);
  }
  return found;
}

/** What is wrong with one citation, if anything. */
function citationProblem(label: string, listed: ReadonlySet<string>, known: ReadonlyMap<string, Labelled[]>, fromDraft: boolean): string | undefined {
  const cited = known.get(label) ?? [];
  if (cited.length > 1) return `"${label}" names ${cited.length} studies (${cited.map((c) => c.study.slug).join(", ")}): give them citeAs letters and cite the one you mean`;
  const [hit] = cited;
  if (hit) {
    if (isDraftFrontmatter(hit.study.raw) && !fromDraft) return `cites the draft study "${hit.study.slug}", which is left out of the published site`;
    return listed.has(hit.study.slug) ? undefined : `"${label}" is ${hit.study.slug}, which this article does not list: add it to references`;
  }
  // The likely slip: a work the article lists, written by another name ("FDA" for "US Food and Drug Administration").
  const sameYear = [...known.values()].flat().filter((l) => listed.has(l.study.slug) && yearOf(l.label) === yearOf(label));
  const fix = sameYear.length
    ? `of the studies this article lists, ${sameYear.map((l) => `${l.study.slug} is cited as "${l.label}"`).join(", ")}; cite the one you mean so${sameYear.some((l) => !l.study.entry!.citeAs) ? `, or give it citeAs: ${label}` : ""}`
    : `cite a study by its label, shown on its page, or add the study with \`npm run new -- study "${label}"\``;
  return `no study is cited as "${label}"${didYouMean(label, known.keys())}: ${fix}`;
}

/**
 * Every study's label ("Machado 2016") names one study only, and every citation in a body names a
 * study the article lists (in `references` or an evidence entry), in the body and in frontmatter
 * text alike, so a reader who follows
 * "(Tipton 2017)" reaches the work the sentence rests on, and the page's own list holds it.
 */
export function checkCitations(content: Content): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const labels: Labelled[] = content.studies.parsed.flatMap((study) => (study.entry ? [{ study, label: citeLabel(study.entry) }] : []));
  const known = new Map<string, Labelled[]>();
  for (const l of labels) known.set(l.label, [...(known.get(l.label) ?? []), l]);
  for (const [label, [first, ...others]] of known) {
    for (const { study } of others) {
      const field = study.entry!.citeAs ? "citeAs" : "authors";
      issues.push({
        file: study.file,
        ...study.source.locate([field]),
        field,
        message: `"${label}" already names ${first.study.slug}: give each a citeAs with a letter after the year, like "${lettered(label, "a")}" and "${lettered(label, "b")}"`,
      });
    }
  }

  for (const collection of COLLECTION_NAMES) {
    const studyFields = referenceFieldsOf(collection).filter((f) => f.target === "studies");
    for (const from of content[collection].parsed as WithBody[]) {
      if (!from.entry) continue;
      const inFrontmatter = frontmatterCitations(from.raw);
      if (from.entry.body.citations.length === 0 && inFrontmatter.length === 0) continue;
      const written = [
        ...from.entry.body.citations.map((c) => ({ ...c, line: from.source.bodyLine - 1 + c.line, field: "(body)" })),
        ...inFrontmatter.map(({ label, path }) => ({ label, ...from.source.locate(path), field: fieldPath(path) })),
      ];
      // A study's own body may cite it without listing itself.
      const listed = new Set([...writtenReferences(from.raw, studyFields).map((r) => r.slug), ...(collection === "studies" ? [from.slug] : [])]);
      for (const { label, line, column, field } of written) {
        const message = citationProblem(label, listed, known, from.entry.draft === true);
        if (message) issues.push({ file: from.file, line, column, field, message: `(${label}): ${message}` });
      }
    }
  }
  return issues;
}
