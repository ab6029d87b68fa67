import matter from "gray-matter";
import { Document, LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";

export interface Position {
  line: number;
  column: number;
}

export interface ParsedSource {
  /** The frontmatter as plain data, or undefined when the YAML could not be parsed. */
  data: unknown;
  body: string;
  bodyLine: number;
  yamlErrors: (Position & { message: string })[];
  /** Where the field at `path` is written; for a missing field, where its parent is. */
  locate(path: readonly PropertyKey[]): Position;
}

const FILE_START: Position = { line: 1, column: 1 };

/** Bump when what parseSource returns for a file changes (including a gray-matter or yaml upgrade): parsed files are cached by it. */
export const PARSER_VERSION = 1;

/** A BOM and CRLF line endings are valid; normalising them keeps lines and columns unchanged. */
export function normalizeSource(source: string): string {
  return (source.charCodeAt(0) === 0xfeff ? source.slice(1) : source).replace(/\r\n?/g, "\n");
}

interface ReadSource {
  doc: Document | undefined;
  body: string;
  toPosition(offset: number): Position;
}

/**
 * Splits a Markdown file into frontmatter and body with gray-matter, and parses the frontmatter
 * with the `yaml` package, whose node ranges let every error point at its line. gray-matter hands
 * the engine the text just after the opening `---`, so YAML line N is file line N.
 */
function read(text: string): ReadSource {
  const lineCounter = new LineCounter();
  let doc: Document | undefined;
  const file = matter(text, {
    engines: {
      yaml: (raw: string) => {
        doc = parseDocument(raw, { lineCounter, uniqueKeys: true, prettyErrors: false });
        return {};
      },
    },
  });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return { doc, body: file.content, toPosition };
}

function locateIn({ doc, toPosition }: ReadSource, path: readonly PropertyKey[]): Position {
  let node: unknown = doc?.contents;
  let found: Position = FILE_START;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return found;
      const key = pair.key as Node;
      if (key.range) found = toPosition(key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof seg === "number") {
      const item = node.items[seg] as Node | undefined;
      if (!item?.range) return found;
      found = toPosition(item.range[0]);
      node = item;
    } else {
      return found;
    }
  }
  return found;
}

export function parseSource(source: string): ParsedSource {
  const text = normalizeSource(source);
  const { doc, body, toPosition } = read(text);
  const bodyOffset = text.length - body.length;
  const bodyLine = text.slice(0, bodyOffset).split("\n").length;

  const yamlErrors = (doc?.errors ?? []).map((e) => ({
    ...toPosition(e.pos[0]),
    message: `invalid YAML: ${e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`,
  }));

  // The YAML document, with a node and range for every value, is several times the size of the
  // data and would live as long as the loaded content (a whole build's worth of articles); it is
  // read again only when a problem needs its position.
  let again: ReadSource | undefined;
  return {
    data: doc && yamlErrors.length === 0 ? (doc.toJS() ?? {}) : yamlErrors.length ? undefined : {},
    body,
    bodyLine,
    yamlErrors,
    locate: (path) => locateIn((again ??= read(text)), path),
  };
}
