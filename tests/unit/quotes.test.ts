import { describe, expect, it } from "vitest";
import { fillQuotes, gradingRulesHtml, readingNumbersHtml, type QuoteSources } from "@/lib/catalog/quotes";
import { COUNTING_RULES, DECIDING_STUDIES, GRADING_RULES } from "@/lib/catalog/grading";
import { renderMarkdown } from "@/lib/content/markdown";
import { QUOTE_ATTRIBUTE, QUOTE_KINDS } from "@/lib/content/quote-syntax";
import { EFFECT_MEASURES, EFFECT_MEASURE_LABELS, GRADE_LABELS } from "@/lib/content/vocabulary";
import { effectSizeWord, LARGE_EFFECT, MODERATE_EFFECT, TRIVIAL_EFFECT } from "@/lib/content/effects";
import { siteCatalog } from "../fixtures/catalogs";

// Quotes are written as directives in Markdown, turned into placeholders when the body is
// rendered, checked by the content check (messages in tests/unit/load.test.ts, on
// tests/fixtures/broken/guides/bad-quotes.md) and filled in by the catalog with current values.

const site = siteCatalog();
const placeholder = (kind: string, target: string, tag = "span") => `<${tag} ${QUOTE_ATTRIBUTE}="${kind}:${target}">${target}</${tag}>`;

describe("quote syntax", () => {
  it("knows six kinds of quote, four in running text and two generated blocks on a line of their own", () => {
    expect(Object.entries(QUOTE_KINDS).map(([kind, k]) => [kind, k.form])).toEqual([
      ["grade", "text"],
      ["effect", "text"],
      ["price", "text"],
      ["running-cost", "text"],
      ["grading-rules", "leaf"],
      ["reading-the-numbers", "leaf"],
    ]);
  });

  it("turns a quote into a placeholder holding its kind and target, and records where it was written", () => {
    const body = renderMarkdown("Cold water has :grade[cold-water-immersion/soreness] for soreness.\n\n::grading-rules\n");
    expect(body.html).toBe(
      `<p>Cold water has ${placeholder("grade", "cold-water-immersion/soreness")} for soreness.</p>\n${placeholder("grading-rules", "", "div")}`,
    );
    expect(body.quotes).toEqual([
      { kind: "grade", target: "cold-water-immersion/soreness", line: 1, column: 16 },
      { kind: "grading-rules", target: "", line: 3, column: 1 },
    ]);
  });

  it("reads every kind, ignoring attributes and emphasis inside the brackets", () => {
    const body = renderMarkdown("A :effect[clarke-2016/clots-on-flights]{.big} and :price[*air-relief-boots*].");
    expect(body.quotes.map((q) => [q.kind, q.target])).toEqual([
      ["effect", "clarke-2016/clots-on-flights"],
      ["price", "air-relief-boots"],
    ]);
  });

  it("gives back everything else written with colons as the text it was", () => {
    const text = "At 10:30. Note: a :shrug[this] and :shrug, and `:grade[in/code]`.";
    const body = renderMarkdown(`${text}\n\n::unknown[x]{a=1}\n`);
    expect(body.html).toBe("<p>At 10:30. Note: a :shrug[this] and :shrug, and <code>:grade[in/code]</code>.</p>\n<p>::unknown[x]{a=1}</p>");
    expect(body.quotes).toEqual([]);
  });

  it("gives back a quote written in the wrong form: the rule table inline, or a grade on a line of its own", () => {
    const body = renderMarkdown("Inline :grading-rules here.\n\n::grade[cold-water-immersion/soreness]\n");
    expect(body.html).toBe("<p>Inline :grading-rules here.</p>\n<p>::grade[cold-water-immersion/soreness]</p>");
    expect(body.quotes).toEqual([]);
  });

  it("keeps the content of an unknown :::block, so links and quotes inside it still count", () => {
    const body = renderMarkdown(":::note\nSee [sleep](/modalities/sleep), graded :grade[sleep/performance].\n:::\n");
    expect(body.html).toBe(`<p>See <a href="/modalities/sleep">sleep</a>, graded ${placeholder("grade", "sleep/performance")}.</p>`);
    expect(body.links.map((l) => l.href)).toEqual(["/modalities/sleep"]);
    expect(body.quotes.map((q) => q.target)).toEqual(["sleep/performance"]);
  });

  it("keeps a placeholder through the sanitizer, but not an attribute a page could abuse", () => {
    const body = renderMarkdown(':price[ice-tub] <span data-quote="x" onclick="alert(1)" data-other="y">raw</span>');
    expect(body.html).toContain(placeholder("price", "ice-tub"));
    expect(body.html).not.toMatch(/onclick|data-other/);
  });
});

describe("fillQuotes on the fixture site", () => {
  const boots = site.guide("choosing-recovery-boots")!.body.html;

  it("renders a grade as the method's current grade, linked to why it has it", () => {
    // pneumatic compression: moderate for soreness, no effect for performance (tests/fixtures/site/README.md)
    expect(boots).toContain(
      '<a class="quote quote--grade grade-text--moderate" href="/modalities/pneumatic-compression#why-soreness">moderate evidence of benefit</a> (<a class="quote quote--cite" href="/studies/dupuy-2018">Dupuy 2018</a>)',
    );
    expect(boots).toContain(
      '<a class="quote quote--grade grade-text--no-effect" href="/modalities/pneumatic-compression#why-performance">studied: no benefit found</a>',
    );
  });

  it("renders a price in every market it has one, each in its own currency with its source and the source's own date, linked to the tool", () => {
    expect(boots).toContain(
      '<a class="quote quote--price" href="/tools/air-relief-boots">$799 in the US, according to Airwave online store (maker\'s page or manual, November 2, 2026); £699 in the UK, according to Runner\'s Kit UK review (editorial review, n.d.)</a>',
    );
  });

  it("renders an effect as the study states it, linked to the study, a ratio included", () => {
    expect(boots).toContain('odds ratio 0.1 (95% CI 0.04 to 0.25) (<a class="quote quote--effect" href="/studies/clarke-2016">Clarke 2016</a>)');
  });

  it("leaves no placeholder behind, and the rest of the text as written", () => {
    expect(boots).not.toContain(QUOTE_ATTRIBUTE);
    expect(boots).toContain("Boarding at 10:30? Note: put them on before.");
  });

  it("renders the methodology's rule table from the code that grades", () => {
    const methodology = site.guide("methodology")!.body.html;
    expect(methodology).toContain(gradingRulesHtml());
    expect(methodology).not.toContain(QUOTE_ATTRIBUTE);
  });

  it("follows the grade when the evidence changes: a quote is never a copy", () => {
    const changed: QuoteSources = {
      ...site,
      modality: (slug) => {
        const m = site.modality(slug);
        return m && { ...m, grades: { ...m.grades, soreness: { ...m.grades.soreness, grade: "harm" } } };
      },
    };
    expect(fillQuotes(placeholder("grade", "pneumatic-compression/soreness"), changed)).toBe(
      '<a class="quote quote--grade grade-text--harm" href="/modalities/pneumatic-compression#why-soreness">evidence of harm or blunted gains</a>',
    );
  });
});

describe("fillQuotes", () => {
  it('says "n.d." for a price whose source shows no date, and never converts one market\'s price into another\'s currency', () => {
    expect(fillQuotes(placeholder("price", "vibe-ball"), site)).toBe(
      '<a class="quote quote--price" href="/tools/vibe-ball">€39 in the eurozone, according to Pulseworks EU store (maker\'s page or manual, n.d.); A$69 in Australia, according to Kit Bag Australia (retailer listing, October 21, 2026)</a>',
    );
    expect(fillQuotes(placeholder("price", "travel-boots"), site)).toBe(
      '<a class="quote quote--price" href="/tools/travel-boots">£349 in the UK, according to Airwave UK store (maker\'s page or manual, October 10, 2026)</a>',
    );
  });

  it("renders a year's running costs in every market that has them, naming a source shared by several markets once", () => {
    expect(fillQuotes(placeholder("running-cost", "air-relief-boots"), site)).toBe(
      '<a class="quote quote--price" href="/tools/air-relief-boots">$15 a year in the US, according to Airwave user manual (maker\'s page or manual, November 2, 2026)</a>',
    );
    const boots = site.tool("air-relief-boots")!;
    const manual = { ...boots.sources.manual, title: "Membership page" };
    const review = { ...boots.sources.manual, title: "A review", kind: "review" as const, date: "n.d." as const };
    const sources: QuoteSources = {
      modality: () => undefined,
      study: () => undefined,
      citedAs: () => undefined,
      tool: () => ({
        ...boots,
        sources: { manual, review },
        runningCosts: { note: "A membership", perYear: { US: { amount: 69.99, source: "manual" }, CA: { amount: 89.99, source: "review" }, UK: { amount: 69.99, source: "manual" } } },
      }),
    };
    expect(fillQuotes(placeholder("running-cost", "air-relief-boots"), sources)).toBe(
      '<a class="quote quote--price" href="/tools/air-relief-boots">$69.99 a year in the US and £69.99 in the UK, according to Membership page (maker\'s page or manual, November 2, 2026); CA$89.99 a year in Canada, according to A review (editorial review, n.d.)</a>',
    );
    expect(fillQuotes(placeholder("running-cost", "thump-gun"), site)).toBe("thump-gun"); // no yearly running cost
  });

  it("keeps the text the editor wrote when a quote cannot be filled, such as a draft left out of this build", () => {
    const drafts = siteCatalog({ drafts: true });
    expect(fillQuotes(placeholder("grade", "contrast-water-therapy/soreness"), drafts)).toContain("contrast-water-therapy#why-soreness");
    expect(fillQuotes(placeholder("grade", "contrast-water-therapy/soreness"), site)).toBe("contrast-water-therapy/soreness");
    expect(fillQuotes(placeholder("grade", "cold-water-immersion/adaptation"), site)).toBe("cold-water-immersion/adaptation");
    expect(fillQuotes(placeholder("effect", "clarke-2016/no-such-result"), site)).toBe("clarke-2016/no-such-result");
    expect(fillQuotes(placeholder("price", "ice-tub"), site)).toBe("ice-tub"); // no published price
    expect(fillQuotes(placeholder("unknown", "x"), site)).toBe("x");
  });

  it("writes a quote of the page's own fact as text, since a link would lead where the reader already is; a jump to a section of it stays a link", () => {
    expect(fillQuotes(placeholder("price", "travel-boots"), site, "/tools/travel-boots")).toBe(
      '<span class="quote quote--price">£349 in the UK, according to Airwave UK store (maker\'s page or manual, October 10, 2026)</span>',
    );
    expect(fillQuotes(placeholder("price", "travel-boots"), site, "/tools/air-relief-boots")).toContain('<a class="quote quote--price" href="/tools/travel-boots">');
    expect(fillQuotes(placeholder("effect", "clarke-2016/clots-on-flights"), site, "/studies/clarke-2016")).toMatch(/\(<span class="quote quote--effect">Clarke 2016<\/span>\)$/);
    expect(fillQuotes(placeholder("grade", "pneumatic-compression/soreness"), site, "/modalities/pneumatic-compression")).toContain('href="/modalities/pneumatic-compression#why-soreness"');
  });

  it("names an effect's study after it, unless the same paragraph has just named that study", () => {
    const soreness = placeholder("effect", "dupuy-2018/soreness-cold-water");
    const fatigue = placeholder("effect", "dupuy-2018/fatigue-cold-water");
    const dupuy = '(<a class="quote quote--effect" href="/studies/dupuy-2018">Dupuy 2018</a>)';
    // Just named by a citation, or by the effect before it: the label would only repeat itself.
    const html = fillQuotes(`<p>A review (${placeholder("cite", "Dupuy 2018")}) found soreness fell, ${soreness}, and fatigue too, ${fatigue}.</p>`, site);
    expect(html).toBe(
      '<p>A review (<a class="quote quote--cite" href="/studies/dupuy-2018">Dupuy 2018</a>) found soreness fell, standardised mean difference −0.5 (95% CI −0.8 to −0.2), and fatigue too, standardised mean difference −0.6 (95% CI −1 to −0.2).</p>',
    );
    // Another study named in between, or a new paragraph: the effect says whose it is again.
    expect(fillQuotes(`<p>${soreness} and ${placeholder("cite", "Clarke 2016")}, then ${fatigue}.</p>`, site)).toContain(`standardised mean difference −0.6 (95% CI −1 to −0.2) ${dupuy}`);
    expect(fillQuotes(`<p>${soreness}.</p>\n<p>Then ${fatigue}.</p>`, site)).toContain(`standardised mean difference −0.6 (95% CI −1 to −0.2) ${dupuy}`);
    expect(fillQuotes(`<ul><li>${soreness}</li><li>${fatigue}</li></ul>`, site).match(/Dupuy 2018/g)).toHaveLength(2);
    // A nested item opens before its parent closes; a cell, a heading or a grade quoted in between also starts afresh.
    const dupuyCite = `(${placeholder("cite", "Dupuy 2018")})`;
    for (const html of [
      `<ul><li>A review ${dupuyCite}:<ul><li>fatigue: ${fatigue}</li></ul></li></ul>`,
      `<table><tr><td>${soreness}</td><td>${fatigue}</td></tr></table>`,
      `<h3>Soreness ${dupuyCite}</h3><p>${fatigue}</p>`,
      `<p>${soreness}, graded ${placeholder("grade", "pneumatic-compression/soreness")}, and ${fatigue}.</p>`,
    ]) {
      expect(fillQuotes(html, site)).toContain(`standardised mean difference −0.6 (95% CI −1 to −0.2) ${dupuy}`);
    }
  });

  it("returns HTML with no quote untouched", () => {
    const html = "<p>Nothing to fill: 10:30, :grade[x/y].</p>";
    expect(fillQuotes(html, site)).toBe(html);
  });

  it("reads a target the renderer escaped, and escapes what it writes", () => {
    const sources: QuoteSources = {
      modality: () => undefined,
      study: () => undefined,
      citedAs: () => undefined,
      tool: (slug) => {
        const ball = site.tool("vibe-ball")!;
        return slug === "a&b" ? { ...ball, href: "/tools/a&b" as never, sources: { ...ball.sources, eustore: { ...ball.sources.eustore, title: "<Shop & Co>" } } } : undefined;
      },
    };
    expect(fillQuotes('<span data-quote="price:a&#x26;b">a&#x26;b</span>', sources)).toBe(
      '<a class="quote quote--price" href="/tools/a&amp;b">€39 in the eurozone, according to &lt;Shop &amp; Co&gt; (maker\'s page or manual, n.d.); A$69 in Australia, according to Kit Bag Australia (retailer listing, October 21, 2026)</a>',
    );
  });
});

describe("gradingRulesHtml", () => {
  it("lists which studies count, then every rule in the order it is tried, each with its grade", () => {
    const html = gradingRulesHtml();
    const rows = [...html.matchAll(/<tr><td data-label="Order">(\d+)<\/td><th scope="row"><span class="grade grade--([a-z-]+)">.*?<\/th><td data-label="When">(.*?)<\/td><\/tr>/g)];
    expect(rows.map((m) => [Number(m[1]), m[2]])).toEqual(GRADING_RULES.map((r, i) => [i + 1, r.grade]));
    expect(rows.map((m) => m[3].replace(/&#39;|&apos;/g, "'"))).toEqual(GRADING_RULES.map((r) => r.when.replace(/&/g, "&amp;")));
    expect([...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1])).toEqual(COUNTING_RULES.map((r) => r.replace(/&/g, "&amp;")));
    for (const rule of GRADING_RULES) expect(html).toContain(`<span class="grade__label">${GRADE_LABELS[rule.grade]}</span>`);
    expect(html).toContain("<caption>The grading rule: conditions are tried in this order, and the first that fits decides the grade</caption>");
    // every grade's reason links here, and says what a deciding study is in the rule's own words
    expect(html).toMatch(/^<div class="grading-rules" id="grading-rule">/);
    expect(COUNTING_RULES[0]).toContain(DECIDING_STUDIES);
  });
});

describe("readingNumbersHtml", () => {
  it("explains every measure a study can report, and the size words with the thresholds the code applies", () => {
    const html = readingNumbersHtml();
    expect(html).toMatch(/^<dl class="reading-numbers" id="reading-the-numbers">/);
    const terms = [...html.matchAll(/<dt>(.*?)<\/dt>/g)].map((m) => m[1].replace(/&#39;|&apos;/g, "'"));
    expect(terms.slice(0, EFFECT_MEASURES.length)).toEqual(EFFECT_MEASURES.map((m) => EFFECT_MEASURE_LABELS[m]));
    expect(terms.slice(EFFECT_MEASURES.length)).toEqual(["Trivial, small, moderate, large", "95% CI (confidence interval)", "Certainty"]);
    // the thresholds it prints are the ones that word every effect
    expect(html).toContain(`below ${TRIVIAL_EFFECT} it is trivial`);
    expect(effectSizeWord({ measure: "smd", effect: TRIVIAL_EFFECT - 0.01 })).toBe("trivial");
    expect(effectSizeWord({ measure: "smd", effect: MODERATE_EFFECT })).toBe("moderate");
    expect(effectSizeWord({ measure: "smd", effect: LARGE_EFFECT })).toBe("large");
    expect(html).toContain(`from ${MODERATE_EFFECT} moderate and from ${LARGE_EFFECT} large`);
  });
});
