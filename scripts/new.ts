// Scaffolds a new entry: npm run new -- tool "Hypervolt Go 2"   (or any collection's singular name)
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { COLLECTION_NAMES, collectionBySingular, collections, entryHref } from "../lib/content/collections";
import { scaffoldEntry } from "../lib/content/scaffold";
import { slugify } from "../lib/content/slug";

const [kind, ...words] = process.argv.slice(2);
const title = words.join(" ").trim();
const collection = kind ? collectionBySingular(kind) : undefined;
const kinds = COLLECTION_NAMES.map((name) => collections[name].singular);

if (!collection || !title) {
  console.error(`Usage: npm run new -- <${kinds.join("|")}> "Title of the article"\nExample: npm run new -- tool "Hypervolt Go 2"`);
  process.exit(2);
}
const slug = slugify(title);
if (!slug) {
  console.error(`"${title}" has no letters or digits to make a file name from.`);
  process.exit(2);
}
const file = join(process.cwd(), "content", collection, `${slug}.md`);
const shown = relative(process.cwd(), file);
if (existsSync(file)) {
  console.error(`${shown} already exists; nothing was written. Edit it, or choose another title.`);
  process.exit(1);
}
mkdirSync(dirname(file), { recursive: true }); // a new collection's folder may not exist yet
writeFileSync(file, scaffoldEntry(collection, title, new Date().toISOString().slice(0, 10)));
const href = entryHref(collection, slug);
console.log(`Created ${shown} (it will be ${href}).

Next:
  1. Replace every TODO in it; the comments say what each field takes (EDITING.md has the full table).
  2. Run \`npm run dev\` and open http://localhost:3000${href} to see it as you write.
  3. Run \`npm run content:check\` until it passes: it lists every TODO left, with its line.`);
