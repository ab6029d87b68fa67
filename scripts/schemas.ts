// Writes JSON Schema files for editor autocomplete, generated from the zod schemas (never by hand).
// Usage: npm run schemas          (write schemas/*.schema.json)
//        npm run schemas -- --check   (exit 1 if the committed files are stale)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { jsonSchemas } from "../lib/content/json-schema";

const check = process.argv.includes("--check");
const dir = join(process.cwd(), "schemas");
mkdirSync(dir, { recursive: true });
let stale = 0;
for (const [name, schema] of Object.entries(jsonSchemas())) {
  const file = join(dir, `${name}.schema.json`);
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {}
  if (current === text) continue;
  stale++;
  if (check) console.error(`schemas/${name}.schema.json is stale: run \`npm run schemas\` and commit the result.`);
  else writeFileSync(file, text);
}
if (check && stale) process.exit(1);
console.log(check ? "JSON Schemas are up to date." : `JSON Schemas written to schemas/ (${stale} changed).`);
