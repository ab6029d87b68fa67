// Validates every content file without building the site, printing every problem at once.
// Usage: npm run content:check [-- <content folder>]. Without a folder it checks the one the site
// is built from (RECOVERY_CONTENT_DIR, else content/), so `npm run build` checks what it builds.
import { join, resolve } from "node:path";
import { checkCorpusRules } from "../lib/content/corpus-rules";
import { formatReport } from "../lib/content/issues";
import { loadContent } from "../lib/content/load";
import { COLLECTION_NAMES, collections } from "../lib/content/collections";

const site = join(process.cwd(), "content");
const root = resolve(process.argv[2] || process.env.RECOVERY_CONTENT_DIR || site);
const started = performance.now();
const result = loadContent(root, { includeDrafts: true });
// The corpus rules (word counts, method sections, the articles the site needs) describe the
// published site; test fixtures and generated benchmark articles are small on purpose, so another
// folder is held to its schema and links only.
const corpus = root === site;
const issues = [...result.issues, ...(corpus ? checkCorpusRules(result, root) : [])];
const count = COLLECTION_NAMES.reduce((n, name) => n + result[name].length, 0) + (result.planner ? 1 : 0) + (result.searchVocabulary ? 1 : 0);
const ms = Math.round(performance.now() - started);

if (issues.length) {
  console.error(formatReport(issues));
  console.error(`\nContent check failed. Fix the lines above; each reads file:line:column  field  problem.`);
  process.exit(1);
}
const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const counts = [
  ...COLLECTION_NAMES.map((name) => n(result[name].length, collections[name].singular, name)),
  ...(result.planner ? [n(result.planner.rules.length, "planner rule")] : []),
  ...(result.searchVocabulary ? [n(result.searchVocabulary.synonyms.length, "search synonym")] : []),
].join(", ");
console.log(
  `Content OK: ${counts} (${n(count, "file")} checked in ${ms} ms).` + (corpus ? "" : " The corpus rules were not applied: they hold for content/ only."),
);
