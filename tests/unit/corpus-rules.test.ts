import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { collections } from "@/lib/content/collections";
import { CORPUS_RULES, METHOD_SECTIONS, REQUIRED_ARTICLES, checkCorpusRules } from "@/lib/content/corpus-rules";
import { formatIssue } from "@/lib/content/issues";
import { loadContent } from "@/lib/content/load";
import { slugify } from "@/lib/content/slug";

const fixtures = join(__dirname, "..", "fixtures", "corpus-rules");
const shown = (folder: string) => join("tests", "fixtures", "corpus-rules", folder);

const rule = (name: string) => CORPUS_RULES.find((r) => r.name === name)!;

/** The issues one rule reports on a fixture folder, as the check prints them, with the folder's path cut for reading. */
function broken(name: string, folder: string): string[] {
  const root = join(fixtures, folder);
  return rule(name)
    .check(loadContent(root, { includeDrafts: true }), root)
    .map((i) => formatIssue(i).replace(`${shown(folder)}/`, ""));
}

describe("the minimum-length rule", () => {
  it("reports each published article shorter than its kind allows, at the first line of its body, and spares drafts", () => {
    expect(broken("minimum-length", "length")).toEqual([
      "modalities/short-method.md:23:1  (body)  the article has 8 words; a published modality needs at least 500",
      "tools/short-tool.md:18:1  (body)  the article has 5 words; a published tool needs at least 250",
      "guides/short-guide.md:6:1  (body)  the article has 6 words; a published guide needs at least 400",
    ]);
  });

  describe("at the boundary", () => {
    let root: string;
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it("accepts a method of exactly 500 words and reports one of 499", () => {
      root = mkdtempSync(join(tmpdir(), "corpus-rules-"));
      cpSync(join(fixtures, "length", "modalities"), join(root, "modalities"), { recursive: true });
      const method = readFileSync(join(root, "modalities", "short-method.md"), "utf8").split("## How it works")[0];
      // "## How it works" counts 3 words ("##" has no letter), the rest are one word each
      const withWords = (n: number) => `${method}## How it works\n\n${"word ".repeat(n - 3)}\n`;
      writeFileSync(join(root, "modalities", "exactly-enough.md"), withWords(500));
      writeFileSync(join(root, "modalities", "one-short.md"), withWords(499));
      const reported = rule("minimum-length")
        .check(loadContent(root, { includeDrafts: true }), root)
        .map((i) => `${i.file.split("/").pop()}: ${i.message}`);
      expect(reported.sort()).toEqual([
        "one-short.md: the article has 499 words; a published modality needs at least 500",
        "short-method.md: the article has 8 words; a published modality needs at least 500",
      ]);
    });
  });
});

describe("the method-sections rule", () => {
  it("suggests, for each section, a heading npm run new writes into a new method", () => {
    for (const section of METHOD_SECTIONS) expect(collections.modalities.outline).toContain(section.heading);
  });

  it("names each missing section with the heading to add, counts level-2 headings only, and spares drafts", () => {
    expect(broken("method-sections", "sections")).toEqual([
      'modalities/missing-sections.md:23:1  (body)  no section on who benefits: add a "## Who benefits most" heading (any level-2 heading with "who benefits" in it counts)',
      'modalities/missing-sections.md:23:1  (body)  no section on cost and access: add a "## Cost and access" heading (any level-2 heading with "cost" or "access" in it counts)',
    ]);
  });
});

describe("the named-alternative rule", () => {
  it("points at a published tool's alternative note that names nothing", () => {
    expect(broken("named-alternative", "alternative")).toEqual([
      'tools/vague-alternative.md:15:3  alternative.note  say what the cheaper or free alternative is, in at least 3 words: "None." does not tell a reader what to try',
    ]);
  });
});

describe("the required-articles rule", () => {
  const reported = broken("required-articles", "required");

  it("asks for a missing article by its path, with the command that starts it", () => {
    expect(reported).toContain(
      'guides/recovery-foundations.md:1:1  (missing file)  the finder links to it to explain why sleep and food come first, so /guides/recovery-foundations must exist: start it with npm run new -- guide "Recovery foundations"',
    );
    expect(reported).toContain(
      'modalities/cryotherapy-chamber.md:1:1  (missing file)  the site promises a page on every recovery method its sources discuss, so /modalities/cryotherapy-chamber must exist: start it with npm run new -- modality "Cryotherapy chamber"',
    );
  });

  it("points at the draft line of a required article that is not published yet", () => {
    expect(reported).toContain(
      "guides/methodology.md:5:1  draft  every evidence table and the footer of every page link to it, so /guides/methodology must be published: delete the draft line when it is ready",
    );
    expect(reported).toContain(
      "modalities/cold-water-immersion.md:6:1  draft  the site promises a page on every recovery method its sources discuss, so /modalities/cold-water-immersion must be published: delete the draft line when it is ready",
    );
  });

  it("is satisfied by a published article, and leaves a file that failed to load to its own problems", () => {
    const files = reported.map((line) => line.split(":")[0]);
    expect(files.filter((f) => f.endsWith("/sleep.md") || f.endsWith("/nutrition.md"))).toEqual([]);
    expect(reported).toHaveLength(REQUIRED_ARTICLES.length - 2);
    const load = loadContent(join(fixtures, "required"), { includeDrafts: true });
    expect(load.issues.map((i) => `${i.file.split("/").pop()} ${i.field}`)).toEqual(["nutrition.md category"]);
  });

  it("suggests a title that npm run new turns into the required file name", () => {
    for (const line of reported.filter((l) => l.includes("(missing file)"))) {
      const [, slug, title] = /\/(?:modalities|guides)\/([a-z0-9-]+) must exist: start it with npm run new -- \w+ "(.+)"$/.exec(line)!;
      expect(slugify(title)).toBe(slug);
    }
  });
});

describe("checkCorpusRules", () => {
  it("runs every rule over the content at once", () => {
    const root = join(fixtures, "alternative");
    const lines = checkCorpusRules(loadContent(root, { includeDrafts: true }), root).map(formatIssue);
    const file = (path: string) => join(shown("alternative"), path);
    expect(lines).toEqual(
      expect.arrayContaining([
        `${file("modalities/walking.md")}:23:1  (body)  the article has 8 words; a published modality needs at least 500`,
        expect.stringMatching(new RegExp(`^${file("modalities/walking.md")}:23:1  \\(body\\)  no section on what the research shows`)),
        expect.stringMatching(new RegExp(`^${file("tools/vague-alternative.md")}:15:3  alternative.note  `)),
        expect.stringMatching(new RegExp(`^${file("guides/methodology.md")}:1:1  \\(missing file\\)  `)),
      ]),
    );
  });
});

describe("the reader-language rule", () => {
  it("points at each process word in a published page of any collection, with what to write instead, and spares drafts", () => {
    expect(broken("reader-language", "language").sort()).toEqual([
      'categories/bands-and-mobility.md:12:21  (wording)  "Our research notes" tells readers how the site is made: name the source, or say what is known',
      'modalities/process-words.md:21:20  (wording)  "not retrieved" tells readers how the site is made: say what is not known, not what was not fetched',
      'modalities/process-words.md:21:39  (wording)  "we could not verify" tells readers how the site is made: say "no published source was found" or what the maker does not publish',
      'modalities/process-words.md:21:69  (wording)  "Our research" tells readers how the site is made: name the source, or say what is known',
      'modalities/process-words.md:23:12  (wording)  "could not be read" tells readers how the site is made: say what the sources state, or that no source was found',
      'modalities/process-words.md:23:68  (wording)  "were readable" tells readers how the site is made: say what the sources state, or that no source was found',
      'modalities/process-words.md:8:27  (wording)  "our research notes" tells readers how the site is made: name the source, or say what is known',
      'studies/unverified-study.md:9:34  (wording)  "from memory" tells readers how the site is made: cite the source or leave the claim out',
      'studies/unverified-study.md:9:7  (wording)  "UNVERIFIED" tells readers how the site is made: check the fact or leave it out',
    ]);
  });

  it("reports words that overlap once, at the longest match", () => {
    const notes = broken("reader-language", "language").filter((l) => l.startsWith("modalities/") && l.includes("research notes"));
    expect(notes).toHaveLength(1);
  });
});

describe("the quoted-prices rule", () => {
  it("points at each sum that writes out a priced tool's price or yearly running cost in a sentence naming that tool, on any page but the tool's own, and spares bounds, other sums and drafts", () => {
    expect(broken("quoted-prices", "prices").sort()).toEqual([
      "guides/walking-kit.md:10:46  (price)  \"$60\" writes out Step counter's price again: quote it with :price[step-counter], so this page changes when /tools/step-counter does",
      "guides/walking-kit.md:12:52  (price)  \"$12\" writes out Step counter's yearly running cost again: quote it with :running-cost[step-counter], so this page changes when /tools/step-counter does",
      "tools/step-mat.md:13:48  (price)  \"£1,250\" writes out Step counter's price again: quote it with :price[step-counter], so this page changes when /tools/step-counter does",
    ]);
  });
});

describe("the quoted-effects rule", () => {
  const writtenOut = (number: string, study: string, quote: string) =>
    `"${number}" writes out a result of ${study} again: quote it with ${quote}, so this page changes when the study's record does`;

  it("points at each number in a published page that equals a result of a study its paragraph cites, naming every result it could be, and spares quotes, other studies' paragraphs, a method page's own graded studies and drafts", () => {
    expect(broken("quoted-effects", "effects")).toEqual([
      `modalities/walking.md:32:86  (effect)  ${writtenOut("0.5", "Pace 2020", ":effect[pace-2020/pain]")}`,
      `tools/stride-roller.md:26:29  (effect)  ${writtenOut("−0.33", "Stride 2024", ":effect[stride-2024/soreness]")}`,
      `tools/stride-roller.md:28:54  (effect)  ${writtenOut("0.1", "Stride 2024", ":effect[stride-2024/sprint] or :effect[stride-2024/strength]")}`,
      `guides/rolling-facts.md:10:38  (effect)  ${writtenOut("+0.47", "Stride 2024", ":effect[stride-2024/pain]")}`,
    ]);
  });
});

describe("the typed-grades rule", () => {
  const byHand = (words: string) => `"${words}" writes a grade by hand: quote it with :grade[method/outcome], so the sentence changes when the evidence does`;

  it("points at each grade a published article's body names by hand, and spares quoted grades, effect sizes, the changes list and drafts", () => {
    expect(broken("typed-grades", "grades")).toEqual([
      `modalities/typed-grades.md:23:43  (grade)  ${byHand("graded conflicting")}`,
      `modalities/typed-grades.md:24:32  (grade)  ${byHand("Moderate grade")}`,
      `modalities/typed-grades.md:25:43  (grade)  ${byHand("graded not enough evidence")}`,
      `modalities/typed-grades.md:26:33  (grade)  ${byHand("grades this outcome moderate")}`,
    ]);
  });
});

describe("the cited-safety rule", () => {
  const advice = (quoted: string) =>
    `"${quoted}" gives safety advice with no source: cite the health service, regulator, maker or study that gives it, e.g. "(NHS Inform n.d.)", or link to the section that does`;

  it("points at each sentence of a published page, and each clause of a method's risks line, that sends readers to a doctor over a condition or warning sign with no source", () => {
    expect(broken("cited-safety", "safety")).toEqual([
      `modalities/boots.md:7:1  risks  ${advice("ask a doctor first if you have had a blood clot.")}`,
      `modalities/boots.md:29:3  (safety)  ${advice("If you are pregnant, ask your midwife first.")}`,
      `modalities/boots.md:29:48  (safety)  ${advice("**Heart problems:** talk to a doctor before using boots.")}`,
      `modalities/boots.md:33:3  (safety)  ${advice("If you have a heart condition, see a professional first.")}`,
      // A bold sentence ends where its bold run does, so the next sentence's source does not cover it.
      `modalities/boots.md:37:3  (safety)  ${advice("**Ask a doctor before using boots if you have had a clot.**")}`,
      `modalities/boots.md:38:3  (safety)  ${advice("A swollen, warm calf needs an urgent appointment.")}`,
      // A link to a section that is not about safety sources nothing.
      `modalities/boots.md:40:3  (safety)  ${advice("A swollen calf needs a doctor; see [after a flight](/guid…")}`,
      `guides/travel.md:10:1  (safety)  ${advice("Sudden chest pain or breathlessness after a flight needs …")}`,
      // A referral that points back at conditions, or at a list after it, is read with them.
      `guides/travel.md:14:38  (safety)  ${advice("If that applies to you, ask a doctor first.")}`,
      `guides/travel.md:16:1  (safety)  ${advice("Ask a doctor before wearing flight socks if you have:")}`,
    ]);
  });

  it("spares a cited risks line whose sources share parentheses, a citation written (e.g. …), GPS, prices and heart rate, a link to this page's safety section, headings, referrals with no condition and drafts", () => {
    const flagged = broken("cited-safety", "safety").join("\n");
    expect(flagged).not.toContain("sauna.md");
    for (const line of [28, 30, 31, 32, 34, 35, 36, 39, 42]) expect(flagged).not.toContain(`boots.md:${line}:`);
    expect(flagged).not.toContain("draft-travel.md");
    expect(flagged).not.toContain("travel.md:21:"); // its list cites its source
  });
});

describe("the editorial rules the schema and the link check enforce", () => {
  it("are reported by the same check: every method's evidence on every outcome, no grade written by hand, each entry resting on a study that exists; every tool delivering a method; every source of a price or figure with its kind and own date", () => {
    const root = join(fixtures, "schema");
    const lines = loadContent(root, { includeDrafts: true }).issues.map((i) => formatIssue(i).replace(`${shown("schema")}/`, ""));
    expect(lines.sort()).toEqual([
      "modalities/ungraded-outcome.md:6:1  evidence.endurance-gains  required field is missing (expected a group of fields)",
      "modalities/ungraded-outcome.md:6:1  evidence.strength-gains  required field is missing (expected a group of fields)",
      'modalities/unknown-study.md:10:11  evidence.soreness.entries[0].study  unknown study "dupuy-2081": there is no content/studies/dupuy-2081.md',
      "modalities/written-grade.md:8:5  evidence.soreness.grade  grades are computed from the entries by the rule on /guides/methodology, not written: remove this line and list the studies under entries",
      "tools/no-method.md:7:1  modalities  list at least one modality slug this tool delivers",
      'tools/undated-figures.md:10:36  sources.manual.kind  expected one of maker, regulator, lab-test, retailer, review, blog; got the text "shop"',
      "tools/undated-figures.md:10:48  sources.manual.date  expected the source's own date written YYYY-MM-DD, or YYYY-MM when it gives only a month (\"Updated April 2026\"), or \"n.d.\" when it shows none",
      'tools/undated-figures.md:10:63  sources.manual.checked  unknown field "checked"',
      "tools/undated-figures.md:9:3  sources.store.date  expected the source's own date written YYYY-MM-DD, or YYYY-MM when it gives only a month (\"Updated April 2026\"), or \"n.d.\" when it shows none",
      "tools/undated-figures.md:9:3  sources.store.kind  required field is missing (expected one of maker, regulator, lab-test, retailer, review, blog)",
    ]);
  });
});
