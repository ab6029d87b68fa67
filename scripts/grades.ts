// Explains the computed grades of one method: npm run grades -- cold-water-immersion
// Prints, per outcome, the grade, the rule that decided it and every study it weighed: the same
// facts as the "why this grade" disclosures on the page.
import { join, relative } from "node:path";
import { buildCatalog } from "../lib/catalog/catalog";
import { explainGrades } from "../lib/catalog/evidence";
import { formatIssue, sortIssues } from "../lib/content/issues";
import { loadContent } from "../lib/content/load";

const slugs = process.argv.slice(2);
const root = process.env.RECOVERY_CONTENT_DIR ?? join(process.cwd(), "content");
const content = loadContent(root, { includeDrafts: true });
const catalog = buildCatalog(content);

if (slugs.length === 0) {
  console.error(`Usage: npm run grades -- <method> [more methods]\nMethods: ${catalog.modalities.map((m) => m.slug).join(", ")}`);
  process.exit(2);
}
let failed = false;
for (const slug of slugs) {
  const modality = catalog.modality(slug);
  const file = join(relative(process.cwd(), root) || ".", "modalities", `${slug}.md`);
  const problems = content.issues.filter((i) => i.file === file);
  if (problems.length) {
    failed = true;
    console.error(`${file} cannot be graded until these are fixed:\n${sortIssues(problems).map(formatIssue).join("\n")}\n`);
    continue;
  }
  if (!modality) {
    failed = true;
    console.error(`There is no method "${slug}". Methods: ${catalog.modalities.map((m) => m.slug).join(", ")}\n`);
    continue;
  }
  console.log(explainGrades(modality) + "\n");
}
process.exit(failed ? 1 : 0);
