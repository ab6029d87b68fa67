import { createHash } from "node:crypto";
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { normalizeSource, parseSource, PARSER_VERSION, type ParsedSource } from "./frontmatter";
import { RENDERER_VERSION, renderMarkdown, type RenderedMarkdown } from "./markdown";

/** What a parsed file is remembered as: its data and where its body starts; positions are found again only when needed. */
interface ParsedEntry {
  data: unknown;
  bodyOffset: number;
  bodyLine: number;
}

type Entry = { parsed: ParsedEntry } | { rendered: RenderedMarkdown };

const digestOf = (text: string) => createHash("sha1").update(text).digest("base64url");

/**
 * Parsed frontmatter and rendered Markdown, remembered by the digest of their source, the way
 * Astro's content layer keeps a data store. Parsing YAML and rendering Markdown are the slow
 * steps of loading (remark alone is about 5 ms an article) and both depend on the text alone;
 * validation and cross-link checks still run on every load. Kept in memory, and on disk when
 * given a file, so the next check, build worker or dev reload redoes only what changed. The
 * parser's and renderer's versions are part of the file name, so a changed pipeline never
 * reads old results.
 *
 * The file holds one `[key, entry]` line per result, and a save appends only what is new: after
 * an editor changes one article among 1,000, rewriting the whole file (6 MB, most of it HTML)
 * was a seventh of the check's time. Once lines no process used outnumber the used ones, the
 * file is rewritten with the used ones alone.
 */
export class ContentCache {
  private readonly entries = new Map<string, Entry>();
  private readonly used = new Set<string>();
  /** Results stored since the file was read or last written. */
  private readonly added = new Set<string>();
  /** Lines in the file, readable or not, so dead ones are noticed. */
  private lines = 0;
  private loaded = false;
  hits = 0;
  misses = 0;

  constructor(readonly file?: string) {}

  /** parseSource, from the cache when this exact text parsed cleanly before. */
  parse(source: string): ParsedSource {
    const text = normalizeSource(source);
    const key = `p:${digestOf(text)}`;
    const known = this.lookup(key);
    if (known && "parsed" in known) {
      const { data, bodyOffset, bodyLine } = known.parsed;
      let full: ParsedSource | undefined;
      // Lines and columns are only needed to report a problem, so the YAML is parsed again only then.
      return { data, body: text.slice(bodyOffset), bodyLine, yamlErrors: [], locate: (path) => (full ??= parseSource(text)).locate(path) };
    }
    const parsed = parseSource(text);
    // A file with YAML errors is reported, not cached: its next version will differ anyway.
    if (parsed.yamlErrors.length === 0) {
      this.store(key, { parsed: { data: parsed.data, bodyOffset: text.length - parsed.body.length, bodyLine: parsed.bodyLine } });
    }
    return parsed;
  }

  /** renderMarkdown, from the cache when this exact body was rendered before. */
  render(markdown: string): RenderedMarkdown {
    const key = `r:${digestOf(markdown)}`;
    const known = this.lookup(key);
    if (known && "rendered" in known) return known.rendered;
    const rendered = renderMarkdown(markdown);
    this.store(key, { rendered });
    return rendered;
  }

  /** Appends what is new, or rewrites the file with what this process used once most of it is dead; never fails the caller. */
  save(): void {
    if (!this.file || this.added.size === 0) return;
    const line = (key: string) => `${JSON.stringify([key, this.entries.get(key)])}\n`;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      if (this.lines + this.added.size > 2 * this.used.size) {
        const kept = [...this.used].filter((key) => this.entries.has(key));
        const temporary = `${this.file}.${process.pid}.tmp`;
        writeFileSync(temporary, kept.map(line).join(""));
        renameSync(temporary, this.file); // atomic, so parallel build workers never read half a file
        this.lines = kept.length;
      } else {
        // One write in append mode: lines from parallel build workers never interleave.
        appendFileSync(this.file, [...this.added].map(line).join(""));
        this.lines += this.added.size;
      }
      this.added.clear();
    } catch {
      // A read-only disk only costs speed.
    }
  }

  private lookup(key: string): Entry | undefined {
    this.load();
    this.used.add(key);
    const known = this.entries.get(key);
    if (known) this.hits++;
    else this.misses++;
    return known;
  }

  private store(key: string, entry: Entry): void {
    this.entries.set(key, entry);
    this.added.add(key);
  }

  private load(): void {
    if (this.loaded || !this.file) return;
    this.loaded = true;
    let text: string;
    try {
      text = readFileSync(this.file, "utf8");
    } catch {
      return; // no cache yet: do everything
    }
    for (const line of text.split("\n")) {
      if (!line) continue;
      this.lines++;
      try {
        const [key, entry] = JSON.parse(line) as [string, Entry];
        this.entries.set(key, entry);
      } catch {
        // A line cut short (a process killed while appending) costs only the results it held.
      }
    }
  }
}

const shared = new Map<string, ContentCache>();

/**
 * The project's cache for one content folder, in node_modules/.cache like other build tools'
 * (ignored by git, wiped by a clean install). One file per folder, so loading the test fixtures
 * never evicts the site's articles.
 */
export function sharedContentCache(root: string): ContentCache {
  const key = resolve(root);
  let cache = shared.get(key);
  if (!cache) {
    const folder = digestOf(key).slice(0, 12);
    cache = new ContentCache(join(process.cwd(), "node_modules", ".cache", "recovery-guide", `content-${folder}-p${PARSER_VERSION}-r${RENDERER_VERSION}.jsonl`));
    shared.set(key, cache);
  }
  return cache;
}
