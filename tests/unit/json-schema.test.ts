import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COLLECTION_NAMES, collections } from "@/lib/content/collections";
import { editorSchemaMapping, fieldRows, withFieldTables } from "@/lib/content/field-docs";
import { jsonSchemas } from "@/lib/content/json-schema";

describe("what editors read, generated from the zod schemas", () => {
  it("the committed JSON Schemas, editor settings and EDITING.md tables are current (run `npm run schemas` when this fails)", () => {
    const run = spawnSync(process.execPath, [join("node_modules", "tsx", "dist", "cli.mjs"), join("scripts", "schemas.ts"), "--check"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("a JSON Schema per collection, strict, carrying each field's description for hover", () => {
    const schemas = jsonSchemas();
    expect(Object.keys(schemas)).toEqual(COLLECTION_NAMES.map((name) => collections[name].singular));
    const tool = schemas.tool as { properties: Record<string, { description?: string }>; required: string[]; additionalProperties: boolean };
    expect(tool.required).toEqual(expect.arrayContaining(["title", "summary", "updated", "brand", "category", "modalities"]));
    expect(tool.additionalProperties).toBe(false);
    for (const [name, field] of Object.entries(tool.properties)) expect(field.description, name).toBeTruthy();
  });

  it("maps each content folder to its schema in the editor settings", () => {
    const settings = JSON.parse(readFileSync(join(".vscode", "settings.json"), "utf8"));
    expect(settings["yaml.schemas"]).toEqual(editorSchemaMapping());
    expect(editorSchemaMapping()["./schemas/study.schema.json"]).toBe("content/studies/*.md");
  });

  it("EDITING.md's field table lists every field, so a new field shows up there the moment it is declared", () => {
    const editing = readFileSync("EDITING.md", "utf8");
    expect(withFieldTables(editing)).toBe(editing);
    for (const name of COLLECTION_NAMES) {
      for (const row of fieldRows(name)) expect(editing, `${name} ${row.path}`).toContain(`| \`${row.path}\` |`);
    }
    expect(fieldRows("tools").find((r) => r.path === "category")).toMatchObject({ required: true, accepts: expect.stringMatching(/^one of: compression-boots, massage-guns, /) });
    expect(fieldRows("tools").find((r) => r.path === "runningCosts.note")).toMatchObject({ required: false, accepts: "text" });
    expect(fieldRows("tools").find((r) => r.path === "brand")).toMatchObject({ required: true, description: "The maker, or Generic." });
  });
});
