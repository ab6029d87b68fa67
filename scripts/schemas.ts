// Writes what editors' tools read from the zod schemas (never by hand): JSON Schema files for
// autocomplete and hover, the editor settings that map them to content folders, and the field
// tables in EDITING.md.
// Usage: npm run schemas          (write them)
//        npm run schemas -- --check   (exit 1 if any committed file is stale)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { jsonSchemas } from "../lib/content/json-schema";
import { editorSchemaMapping, withFieldTables } from "../lib/content/field-docs";

const check = process.argv.includes("--check");
const root = process.cwd();
mkdirSync(join(root, "schemas"), { recursive: true });

const read = (file: string) => {
  try {
    return readFileSync(join(root, file), "utf8");
  } catch {
    return "";
  }
};

const settings = JSON.parse(read(".vscode/settings.json") || "{}");
const wanted: Record<string, string> = {
  ...Object.fromEntries(Object.entries(jsonSchemas()).map(([name, schema]) => [`schemas/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`])),
  ".vscode/settings.json": `${JSON.stringify({ ...settings, "yaml.schemas": editorSchemaMapping() }, null, 2)}\n`,
  "EDITING.md": withFieldTables(read("EDITING.md")),
};

let stale = 0;
for (const [file, text] of Object.entries(wanted)) {
  if (read(file) === text) continue;
  stale++;
  if (check) console.error(`${file} is stale: run \`npm run schemas\` and commit the result.`);
  else writeFileSync(join(root, file), text);
}
if (check && stale) process.exit(1);
console.log(check ? "Schemas, editor settings and EDITING.md field tables are up to date." : `Written from the zod schemas (${stale} files changed).`);
