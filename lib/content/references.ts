import type { z } from "zod";
import type { CollectionName } from "./collections";
import { referenceTargets } from "./schemas";

/** Where in a collection's frontmatter a reference is written: a path whose "*" steps into every item of a list. */
export interface ReferenceField {
  path: readonly (string | "*")[];
  target: CollectionName;
}

/** One reference written in one file's frontmatter. */
export interface WrittenReference {
  path: (string | number)[];
  /** The field as declared, with "*" for list items; what the catalog groups links by. */
  field: string;
  target: CollectionName;
  slug: string;
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };

/** Finds every `ref()` field of a schema by walking its objects, lists and optional/default wrappers. */
export function referenceFields(schema: z.ZodType, path: (string | "*")[] = []): ReferenceField[] {
  const target = referenceTargets.get(schema)?.collection;
  if (target) return [{ path, target: target as CollectionName }];
  const def = schema._zod.def as Def;
  switch (def.type) {
    case "optional":
    case "default":
    case "nullable":
    case "readonly":
      return def.innerType ? referenceFields(def.innerType, path) : [];
    case "pipe":
      return def.in ? referenceFields(def.in, path) : [];
    case "array":
      return def.element ? referenceFields(def.element, [...path, "*"]) : [];
    case "object":
      return Object.entries(def.shape ?? {}).flatMap(([key, field]) => referenceFields(field, [...path, key]));
    default:
      return [];
  }
}

/**
 * Every reference written in raw (possibly invalid) frontmatter, in the order it is written. Values
 * that are not strings are left to the schema check; this only reads what is there.
 */
export function writtenReferences(raw: unknown, fields: readonly ReferenceField[]): WrittenReference[] {
  const found: WrittenReference[] = [];
  for (const { path, target } of fields) {
    const field = path.join(".");
    const walk = (value: unknown, at: number, written: (string | number)[]) => {
      if (at === path.length) {
        if (typeof value === "string") found.push({ path: written, field, target, slug: value });
        return;
      }
      const step = path[at];
      if (step === "*") {
        if (Array.isArray(value)) value.forEach((item, i) => walk(item, at + 1, [...written, i]));
      } else if (value && typeof value === "object" && !Array.isArray(value)) {
        walk((value as Record<string, unknown>)[step], at + 1, [...written, step]);
      }
    };
    walk(raw, 0, []);
  }
  return found;
}
