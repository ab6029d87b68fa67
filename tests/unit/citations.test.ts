import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { citeAsFitsYear, citeLabel, findCitations, readsAsCitation } from "@/lib/content/citation-syntax";
import { ContentCache } from "@/lib/content/content-cache";
import { formatIssue } from "@/lib/content/issues";
import { loadContent } from "@/lib/content/load";
import { renderMarkdown } from "@/lib/content/markdown";

const labels = (text: string) => findCitations(text).map((c) => c.label);

describe("citations in running text", () => {
  it("finds each citation in parentheses, alone, in a list, after a note or followed by one", () => {
    expect(labels("Cold water helped (Machado 2016).")).toEqual(["Machado 2016"]);
    expect(labels("Two reviews agree (Roberts 2015; Malta 2021).")).toEqual(["Roberts 2015", "Malta 2021"]);
    expect(labels("(12 studies, an effect of -0.33; Wiśniowski 2022)")).toEqual(["Wiśniowski 2022"]);
    expect(labels("(e.g. Dupuy 2018) and (see Engel 2016)")).toEqual(["Dupuy 2018", "Engel 2016"]);
    expect(labels("(Hill 2014b, a marathon trial)")).toEqual(["Hill 2014b"]);
  });

  it("reads the names sources go by: particles, organisations, undated pages and APA letters", () => {
    expect(labels("(Van Hooren 2018; van Someren 2014; Manresa-Rocamora 2021)")).toEqual(["Van Hooren 2018", "van Someren 2014", "Manresa-Rocamora 2021"]);
    expect(labels("(FDA 2016a; US Food and Drug Administration 2022)")).toEqual(["FDA 2016a", "US Food and Drug Administration 2022"]);
    expect(labels("(Hyperice n.d.; Therabody n.d.-b)")).toEqual(["Hyperice n.d.", "Therabody n.d.-b"]);
  });

  it("leaves dates, bare years, phrases and citations outside parentheses alone", () => {
    expect(labels("Prices (June 2024), a page (as of February 2026), a year (2019), a trend (since 2019).")).toEqual([]);
    expect(labels("Machado 2016 found less soreness; (Machado 2016 and later work).")).toEqual([]);
  });
});

describe("a study's label", () => {
  it("is the first author's surname and the year, or n.d., unless the study gives a citeAs", () => {
    expect(citeLabel({ authors: "Van Hooren B, Peake JM", year: 2018 })).toBe("Van Hooren 2018");
    expect(citeLabel({ authors: "Hyperice" })).toBe("Hyperice n.d.");
    expect(citeLabel({ authors: "US Food and Drug Administration", year: 2022, citeAs: "FDA 2022" })).toBe("FDA 2022");
  });

  it("accepts a citeAs only when it ends with the work's own year, a letter allowed", () => {
    expect(citeAsFitsYear("Hill 2014b", 2014)).toBe(true);
    expect(citeAsFitsYear("Therabody n.d.-a", undefined)).toBe(true);
    expect(citeAsFitsYear("FDA 2022", 2021)).toBe(false);
    expect(citeAsFitsYear("Hyperice 2025", undefined)).toBe(false);
    expect(citeAsFitsYear("FDA", 2022)).toBe(false);
  });
});

describe("rendering citations", () => {
  it("marks each citation in prose for the catalog to link, and records where it is", () => {
    const rendered = renderMarkdown("Intro.\n\nSoreness fell (Machado 2016;\nDupuy 2018).");
    expect(rendered.html).toBe('<p>Intro.</p>\n<p>Soreness fell (<span data-quote="cite:Machado 2016">Machado 2016</span>;\n<span data-quote="cite:Dupuy 2018">Dupuy 2018</span>).</p>');
    expect(rendered.citations).toEqual([
      { label: "Machado 2016", line: 3, column: 16 },
      { label: "Dupuy 2018", line: 4, column: 1 },
    ]);
  });

  it("leaves citations inside links and code as written", () => {
    const rendered = renderMarkdown("See [the review (Machado 2016)](/studies/machado-2016) and `(Dupuy 2018)`.");
    expect(rendered.citations).toEqual([]);
    expect(rendered.html).not.toContain("data-quote");
  });
});

describe("readsAsCitation", () => {
  it("accepts a label running text reads as a citation, particles and all, and refuses one it would leave as plain text", () => {
    expect(["NHS Inform n.d.", "Van Hooren 2018", "de Ru 2017", "Therabody n.d.-c", "St Margaret's Hospice n.d."].map(readsAsCitation)).toEqual([true, true, true, true, true]);
    expect(["NHS inform n.d.", "111 Wales n.d.", "medi n.d.", "Hill"].map(readsAsCitation)).toEqual([false, false, false, false]);
  });
});

describe("the citation check", () => {
  const root = join(__dirname, "..", "fixtures", "citations");
  const lines = loadContent(root, { includeDrafts: true, cache: new ContentCache() }).issues.map((i) =>
    formatIssue(i).replace(`${join("tests", "fixtures", "citations")}/`, ""),
  );

  it("names the file, line, column and citation of every citation, in the body or the frontmatter, that does not lead to a published study the article lists", () => {
    expect(lines.filter((l) => l.startsWith("guides/")).sort()).toEqual([
      'guides/boots.md:13:34  (body)  (Hill 2014b): "Hill 2014b" is hill-2014-marathon, which this article does not list: add it to references',
      'guides/boots.md:13:51  (body)  (Hill 2015): no study is cited as "Hill 2015" (did you mean "Hill 2014"?): cite a study by its label, shown on its page, or add the study with `npm run new -- study "Hill 2015"`',
      'guides/boots.md:14:2  (body)  (US Food and Drug Administration 2022): no study is cited as "US Food and Drug Administration 2022": of the studies this article lists, fda-k220217 is cited as "FDA 2022"; cite the one you mean so',
      'guides/boots.md:14:72  (body)  (Lin 2021): "Lin 2021" names 2 studies (lin-2021-protein, lin-2021): give them citeAs letters and cite the one you mean',
      'guides/boots.md:16:28  (body)  (Draft 2019): cites the draft study "draft-2019", which is left out of the published site',
      'guides/boots.md:7:25  changes[0].summary  (Hill 2014b): "Hill 2014b" is hill-2014-marathon, which this article does not list: add it to references',
    ]);
  });

  it("refuses two studies with one label, a citeAs that gives another year, and a label running text would not read as a citation", () => {
    expect(lines.filter((l) => l.startsWith("studies/")).sort()).toEqual([
      'studies/lin-2021.md:3:1  authors  "Lin 2021" already names lin-2021-protein: give each a citeAs with a letter after the year, like "Lin 2021a" and "Lin 2021b"',
      'studies/lowercase-label.md:4:1  citeAs  the label the text cites it by must read as a citation: start each word of the name with a capital letter ("NHS Inform n.d.", not "NHS inform n.d."), setting citeAs if the authors field does not',
      'studies/wrong-year.md:4:1  citeAs  citeAs ends with the work\'s year (or n.d. when it has none), optionally with a letter: "Hill 2014b", "Therabody n.d.-a"',
    ]);
  });
});
