import {
  BODY_AREAS,
  CURRENCIES,
  GRADES,
  MODALITY_CATEGORIES,
  OUTCOMES,
  PORTABILITY,
  POWER_SOURCES,
  REFERENCE_KINDS,
  SETTINGS,
  SITUATIONS,
} from "./vocabulary";

export const SCAFFOLD_KINDS = { tool: "tools", modality: "modalities", guide: "guides" } as const;
export type ScaffoldKind = keyof typeof SCAFFOLD_KINDS;

const oneOf = (list: readonly string[]) => list.join(", ");

// Every value that must be written by hand starts with "TODO": the content check refuses it
// until it is replaced, so a half-filled article can never be published by accident.
const COMMON = (title: string, today: string) => `title: ${JSON.stringify(title)}   # as readers should see it, at most 80 characters
summary: TODO one sentence of 20-200 characters that ends with a period.
updated: ${today}   # the day you last reviewed this article (YYYY-MM-DD)
# draft: true   # uncomment to see it in \`npm run dev\` only; drafts never reach the published site`;

const REFERENCES = `references:   # every paper or page this article cites; cite in the body as (Author Year)
  - id: TODO-author-year   # lowercase, e.g. machado-2016; grades name references by this id
    authors: TODO Surname AB, Surname CD, et al.
    year: TODO   # a number such as 2016; delete the line for undated pages
    title: TODO the paper's title
    source: TODO journal with volume and pages, e.g. Sports Medicine 46(4):503-514
    kind: TODO   # one of: ${oneOf(REFERENCE_KINDS)}
    doi: TODO   # a bare DOI such as 10.1007/s40279-015-0431-7, or delete it and give a url
    # url: https://...
    # note: anything a reader should know about this source`;

const EVIDENCE_OUTCOME = (name: string) => `  ${name}:
    grade: TODO   # one of: ${oneOf(GRADES)}
    refs: []   # reference ids this grade rests on; required unless the grade is insufficient
    summary: TODO one sentence on what the research shows for this outcome.`;

const TEMPLATES: Record<ScaffoldKind, (title: string, today: string) => string> = {
  tool: (title, today) => `${COMMON(title, today)}
brand: TODO the maker, or Generic
modalities:   # the methods it delivers, main one first: file names in content/modalities
  - TODO-modality-slug
price:   # only a price the maker or a named source published; delete the block if there is none
  amount: TODO   # a number, e.g. 349
  # upTo: 399   # for a price range
  currency: USD   # one of: ${oneOf(CURRENCIES)}
  checked: ${today}   # the day you saw this price
  source: TODO who published it
  # url: https://...
# runningCosts: what it costs to keep using (pads, ice, subscription)
# specs:   # only published figures, with where and when you found them
#   source: the maker's spec page
#   checked: ${today}
#   weightKg: 1.2
#   batteryMinutes: 120
#   power: battery   # one of: ${oneOf(POWER_SOURCES)}
#   portability: gym-bag   # one of: ${oneOf(PORTABILITY)}
#   sessionMinutes: { min: 15, max: 30 }
#   app: true
bodyAreas: []   # any of: ${oneOf(BODY_AREAS)}
bestFor:
  - TODO who it suits best
pros:
  - TODO
cons:
  - TODO
alternative:   # the free or cheaper option that delivers the same method
  note: TODO what it is and how it compares.
  # tool: foam-roller   # link a tool (file name in content/tools)...
  # modality: foam-rolling   # ...or a method
references: []`,

  modality: (title, today) => `${COMMON(title, today)}
category: TODO   # one of: ${oneOf(MODALITY_CATEGORIES)}
aliases: []   # other names readers use, e.g. [Ice bath]
evidence:   # one grade per outcome; see /guides/methodology
${OUTCOMES.map(EVIDENCE_OUTCOME).join("\n")}
# dose: one line, e.g. 10-15 minutes at 10-15 °C
# timing: one line on when to use it
# sessionMinutes: { min: 10, max: 15 }
# cost: { from: 0, to: 50, currency: USD, note: what the range covers }
setting: []   # any of: ${oneOf(SETTINGS)}
situations: []   # any of: ${oneOf(SITUATIONS)}
bodyAreas: []   # any of: ${oneOf(BODY_AREAS)}
# risks: one line on the main risks
${REFERENCES}`,

  guide: (title, today) => `${COMMON(title, today)}
order: 100   # position in the guide list, lowest first
modalities: []   # methods this guide discusses (file names in content/modalities)
tools: []   # tools this guide discusses (file names in content/tools)
references: []`,
};

const BODIES: Record<ScaffoldKind, string[]> = {
  tool: ["What it is", "How it delivers the method", "Specs and price", "Who it suits", "How to use it safely", "Cheaper or free alternatives"],
  modality: ["How it works", "What the research shows", "How to do it", "Timing", "Who benefits most", "When to skip it", "Cost and access"],
  guide: ["Introduction"],
};

/** A new article with every field of its schema, placeholders that fail the check until replaced, and comments. */
export function scaffoldArticle(kind: ScaffoldKind, title: string, today: string): string {
  const body = BODIES[kind].map((h) => `## ${h}\n\nTODO\n`).join("\n");
  return `---\n${TEMPLATES[kind](title, today)}\n---\n\n${body}`;
}
