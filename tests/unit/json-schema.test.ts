import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchemas } from "@/lib/content/json-schema";

describe("editor JSON Schemas", () => {
  it("match the zod schemas (run `npm run schemas` when this fails)", () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const committed = JSON.parse(readFileSync(join("schemas", `${name}.schema.json`), "utf8"));
      expect(committed, `schemas/${name}.schema.json is stale`).toEqual(schema);
    }
  });

  it("describe the fields editors write, strictly", () => {
    const tool = jsonSchemas().tool as { properties: Record<string, unknown>; required: string[]; additionalProperties: boolean };
    expect(Object.keys(tool.properties)).toEqual(expect.arrayContaining(["title", "brand", "modalities", "price", "specs", "alternative"]));
    expect(tool.required).toEqual(expect.arrayContaining(["title", "summary", "updated", "brand", "modalities"]));
    expect(tool.additionalProperties).toBe(false);
  });

  it("are mapped to the content folders in the editor settings", () => {
    const settings = JSON.parse(readFileSync(join(".vscode", "settings.json"), "utf8"));
    expect(settings["yaml.schemas"]).toEqual({
      "./schemas/modality.schema.json": "content/modalities/*.md",
      "./schemas/tool.schema.json": "content/tools/*.md",
      "./schemas/guide.schema.json": "content/guides/*.md",
    });
  });
});
