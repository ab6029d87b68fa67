import { stringify } from "yaml";
import { collections, type CollectionName } from "./collections";
import { accepts, frontmatterJsonSchema, type JsonSchemaNode } from "./field-docs";

// `npm run new`: a new entry with every field of its schema, written from the schema itself.
// Every value that must be written by hand starts with "TODO": the content check refuses it until
// it is replaced, so a half-filled article can never be published by accident. Optional fields
// are written commented out, with an example where the schema gives one.

const flow = (value: unknown) => stringify(value, { collectionStyle: "flow", lineWidth: 0 }).trim();

function comment(node: JsonSchemaNode): string {
  const parts = [node.description, node.enum ? `One of: ${node.enum.join(", ")}.` : undefined].filter(Boolean);
  return parts.length ? `   # ${parts.join(" ")}` : "";
}

interface Context {
  title: string;
  today: string;
}

/** The lines for one field; `off` comments them out (an optional field and everything inside it). */
function fieldLines(name: string, node: JsonSchemaNode, required: boolean, indent: string, off: boolean, ctx: Context): string[] {
  const commented = off || (!required && node.default === undefined);
  const prefix = commented ? `${indent}# ` : indent;
  const line = (value: string) => [`${prefix}${name}: ${value}${comment(node)}`];

  if (name === "title" && indent === "") return line(JSON.stringify(ctx.title));
  if (node.default !== undefined) return line(flow(node.default));
  if (node.format === "date") return line(ctx.today);
  if (commented && node.examples?.length) return line(flow(node.examples[0]));
  if (node.type === "object" && node.properties) {
    return [
      `${prefix}${name}:${comment(node)}`,
      ...Object.entries(node.properties).flatMap(([child, childNode]) =>
        fieldLines(child, childNode, (node.required ?? []).includes(child), `${indent}  `, commented, ctx),
      ),
    ];
  }
  if (node.type === "array" && !node.prefixItems) {
    return [`${prefix}${name}:${comment(node)}`, `${prefix}  - TODO ${accepts(node.items ?? {})}`];
  }
  if (node.type === "boolean") return line("true");
  return line(node.enum ? "TODO" : `TODO ${accepts(node)}`);
}

/** The Markdown file `npm run new -- <singular> "Title"` writes. */
export function scaffoldEntry(collection: CollectionName, title: string, today: string): string {
  const schema = frontmatterJsonSchema(collection);
  const frontmatter = Object.entries(schema.properties ?? {}).flatMap(([name, node]) =>
    fieldLines(name, node, (schema.required ?? []).includes(name), "", false, { title, today }),
  );
  const body = collections[collection].outline.map((heading) => `## ${heading}\n\nTODO\n`).join("\n");
  return `---\n${frontmatter.join("\n")}\n---\n${body ? `\n${body}` : ""}`;
}
