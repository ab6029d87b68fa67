// Search relevance on the real site: runs tests/relevance/queries.yaml against content/ and prints
// "Search relevance: N queries, top-1 X%, top-3 Y%", then each miss. Part of `npm run bench`.
import { join } from "node:path";
import { buildCatalog } from "../lib/catalog/catalog";
import { search } from "../lib/catalog/search";
import { readRelevanceSet, relevanceLine, relevanceMisses, scoreRelevance } from "../lib/catalog/search-relevance";
import { ContentError } from "../lib/content/issues";
import { loadContent } from "../lib/content/load";

const result = loadContent(join(process.cwd(), "content"), { includeDrafts: false });
if (result.issues.length) throw new ContentError(result.issues);
const catalog = buildCatalog(result);
const score = scoreRelevance(readRelevanceSet(), (q) => search(catalog, q));
console.log(relevanceLine(score));
for (const line of relevanceMisses(score)) console.log(line);
