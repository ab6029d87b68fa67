import { z } from "zod";
import { SCHEMAS } from "./schemas";

const NAMES = { modalities: "modality", tools: "tool", guides: "guide" } as const;

/**
 * JSON Schema for each content type, from the zod schemas, as editors write them (input side:
 * defaults are optional). Cross-file rules (links, citations) cannot be expressed here; the
 * content check enforces those.
 */
export function jsonSchemas(): Record<string, object> {
  return Object.fromEntries(
    Object.entries(SCHEMAS).map(([collection, schema]) => [
      NAMES[collection as keyof typeof NAMES],
      {
        ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }),
        title: `Frontmatter of content/${collection}/*.md`,
      },
    ]),
  );
}
