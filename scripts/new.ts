// Scaffolds a new article: npm run new -- tool "Hypervolt Go 2"   (or modality, guide)
import { existsSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { SCAFFOLD_KINDS, scaffoldArticle, type ScaffoldKind } from "../lib/content/scaffold";
import { slugify } from "../lib/content/slug";

const [kind, ...words] = process.argv.slice(2);
const title = words.join(" ").trim();
const kinds = Object.keys(SCAFFOLD_KINDS);

if (!kind || !kinds.includes(kind) || !title) {
  console.error(`Usage: npm run new -- <${kinds.join("|")}> "Title of the article"\nExample: npm run new -- tool "Hypervolt Go 2"`);
  process.exit(2);
}
const slug = slugify(title);
if (!slug) {
  console.error(`"${title}" has no letters or digits to make a file name from.`);
  process.exit(2);
}
const file = join(process.cwd(), "content", SCAFFOLD_KINDS[kind as ScaffoldKind], `${slug}.md`);
const shown = relative(process.cwd(), file);
if (existsSync(file)) {
  console.error(`${shown} already exists; nothing was written. Edit it, or choose another title.`);
  process.exit(1);
}
writeFileSync(file, scaffoldArticle(kind as ScaffoldKind, title, new Date().toISOString().slice(0, 10)));
console.log(`Created ${shown} (it will be /${SCAFFOLD_KINDS[kind as ScaffoldKind]}/${slug}).

Next:
  1. Replace every TODO in it; the comments say what each field takes (EDITING.md has examples).
  2. Run \`npm run dev\` and open http://localhost:3000/${SCAFFOLD_KINDS[kind as ScaffoldKind]}/${slug} to see it as you write.
  3. Run \`npm run content:check\` until it passes: it lists every TODO left, with its line.`);
