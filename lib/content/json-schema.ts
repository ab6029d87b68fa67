import { COLLECTION_NAMES, collections } from "./collections";
import { frontmatterJsonSchema } from "./field-docs";

/**
 * JSON Schema for each collection, from the zod schemas, as editors write them (input side:
 * defaults are optional), named by the collection's singular name. Cross-file rules (references)
 * cannot be expressed here; the content check enforces those.
 */
export function jsonSchemas(): Record<string, object> {
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [collections[name].singular, frontmatterJsonSchema(name)]));
}
