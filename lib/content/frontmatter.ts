import matter from "gray-matter";
import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
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

/** Bump when what parseSource returns for a file changes (including a gray-matter, js-yaml or yaml upgrade): parsed files are cached by it. */
export const PARSER_VERSION = 2;

/** A BOM and CRLF line endings are valid; normalising them keeps lines and columns unchanged. */
export function normalizeSource(source: string): string {
  return (source.charCodeAt(0) === 0xfeff ? source.slice(1) : source).replace(/\r\n?/g, "\n");
}

interface ReadSource {
  doc: Document | undefined;
  body: string;
  toPosition(offset: number): Position;
}

/** The text between the `---` lines and the body after them, split by gray-matter. */
function split(text: string): { yaml: string | undefined; body: string } {
  let yaml: string | undefined;
  const file = matter(text, {
    engines: {
      yaml: (raw: string) => {
        yaml = raw;
        return {};
      },
    },
  });
  return { yaml, body: file.content };
}

/**
 * Parses the frontmatter with the `yaml` package, whose node ranges let every error and field
 * point at its line. gray-matter hands the engine the text just after the opening `---`, so
 * YAML line N is file line N.
 */
function read(text: string): ReadSource {
  const lineCounter = new LineCounter();
  const { yaml, body } = split(text);
  const doc = yaml === undefined ? undefined : parseDocument(yaml, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return { doc, body, toPosition };
}

/**
 * The frontmatter's data through js-yaml, with the YAML 1.2 core schema the `yaml` package uses
 * (dates stay strings, duplicate keys are errors): about eight times faster than building the
 * `yaml` package's Document, which made reading frontmatter a third of a cold load's cost beyond
 * the Markdown parser. Undefined when js-yaml rejects the text; the `yaml` package then decides
 * and says where the problem is. tests/unit/frontmatter.test.ts holds the two to the same data.
 */
function quickData(yaml: string): { data: unknown } | undefined {
  try {
    return { data: loadYaml(yaml, { schema: CORE_SCHEMA }) ?? {} };
  } catch {
    return undefined;
  }
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

/** Whether raw, possibly invalid, frontmatter marks its article a draft: the cross-checks ask it of files that failed validation too. */
export const isDraftFrontmatter = (raw: unknown): boolean => !!raw && typeof raw === "object" && (raw as { draft?: unknown }).draft === true;

export function parseSource(source: string): ParsedSource {
  const text = normalizeSource(source);
  const { yaml, body } = split(text);
  const bodyOffset = text.length - body.length;
  const bodyLine = text.slice(0, bodyOffset).split("\n").length;

  // The YAML document, with a node and range for every value, is several times the size of the
  // data and would live as long as the loaded content (a whole build's worth of articles); it is
  // built only when a problem needs its positions.
  let located: ReadSource | undefined;
  const locate = (path: readonly PropertyKey[]) => locateIn((located ??= read(text)), path);

  const quick = yaml === undefined ? { data: {} } : quickData(yaml);
  if (quick) return { data: quick.data, body, bodyLine, yamlErrors: [], locate };

  located = read(text);
  const { doc, toPosition } = located;
  const yamlErrors = (doc?.errors ?? []).map((e) => ({
    ...toPosition(e.pos[0]),
    message: `invalid YAML: ${e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`,
  }));
  return {
    data: yamlErrors.length ? undefined : (doc?.toJS() ?? {}),
    body,
    bodyLine,
    yamlErrors,
    locate,
  };
}
