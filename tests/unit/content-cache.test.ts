import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { RENDERER_VERSION, renderMarkdown } from "@/lib/content/markdown";
import { ContentCache, sharedContentCache } from "@/lib/content/content-cache";
import { parseSource } from "@/lib/content/frontmatter";

// Every feature the pipeline touches: if its output changes, cached HTML is stale.
const CANARY = `# A title

Intro with <abbr title="delayed onset muscle soreness">DOMS</abbr>, **bold**, a [page](/modalities/x#how)
and an [outside source](https://doi.org/10.1000/1).

## Section *one*

| a | b |
| - | - |
| 1 | 2 |

- [x] done
- [ ] not done

<script>alert(1)</script><a href="javascript:alert(1)" onclick="x()">bad</a>

Quotes: :grade[cold-water-immersion/soreness], :effect[machado-2016/soreness], :price[ice-tub]; left as written: :shrug[this], at 10:30. Cited (Machado 2016; Dupuy 2018).

::grading-rules

### Sub-section
`;

describe("RENDERER_VERSION", () => {
  it("is bumped whenever the renderer's output changes", () => {
    const output = createHash("sha256").update(JSON.stringify(renderMarkdown(CANARY))).digest("hex").slice(0, 16);
    // When this fails after a deliberate change to the pipeline: bump RENDERER_VERSION in
    // lib/content/markdown.ts and record the new output digest here.
    expect({ version: RENDERER_VERSION, output }).toEqual({ version: 5, output: "1ca2f824ebfcf2a0" });
  });
});

describe("ContentCache", () => {
  it("renders a source once and hands back the same result after", () => {
    const cache = new ContentCache();
    const first = cache.render("Some *text*.");
    expect(cache.render("Some *text*.")).toBe(first);
    expect(cache.render("Other text.").html).toBe("<p>Other text.</p>");
    expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 1, misses: 2 });
    expect(first).toEqual(renderMarkdown("Some *text*."));
  });

  it("keeps results on disk for the next process", () => {
    const file = join(mkdtempSync(join(tmpdir(), "content-cache-")), "cache.jsonl");
    const writer = new ContentCache(file);
    writer.render("kept");
    writer.save();

    const reader = new ContentCache(file);
    expect(reader.render("kept")).toEqual(renderMarkdown("kept"));
    expect({ hits: reader.hits, misses: reader.misses }).toEqual({ hits: 1, misses: 0 });
  });

  it("appends only new results to the file, and writes nothing when there are none", () => {
    const file = join(mkdtempSync(join(tmpdir(), "content-cache-")), "cache.jsonl");
    const writer = new ContentCache(file);
    writer.render("one");
    writer.render("two");
    writer.save();
    const before = readFileSync(file, "utf8");

    const unchanged = new ContentCache(file);
    unchanged.render("one");
    unchanged.save();
    expect(readFileSync(file, "utf8")).toBe(before);

    const editor = new ContentCache(file); // "one" goes unused, but the file is mostly alive: it stays
    editor.render("two");
    editor.render("three");
    editor.save();
    const after = readFileSync(file, "utf8");
    expect(after.startsWith(before)).toBe(true);
    expect(after.trim().split("\n")).toHaveLength(3);
  });

  it("rewrites the file with the results used once unused ones outnumber them", () => {
    const file = join(mkdtempSync(join(tmpdir(), "content-cache-")), "cache.jsonl");
    const writer = new ContentCache(file);
    for (const text of ["a", "b", "c", "d", "e"]) writer.render(text);
    writer.save();

    const reader = new ContentCache(file);
    reader.render("a");
    reader.render("f");
    reader.save();
    const keys = readFileSync(file, "utf8").trim().split("\n").map((line) => JSON.parse(line)[0]);
    expect(keys).toHaveLength(2);
    expect(new ContentCache(file).render("f").html).toBe("<p>f</p>");
  });

  it("rewrites a mostly unused file even when nothing is new, such as after articles were deleted", () => {
    const file = join(mkdtempSync(join(tmpdir(), "content-cache-")), "cache.jsonl");
    const writer = new ContentCache(file);
    for (const text of ["a", "b", "c"]) writer.render(text);
    writer.save();

    const reader = new ContentCache(file);
    reader.render("a");
    reader.save();
    expect(readFileSync(file, "utf8").trim().split("\n")).toHaveLength(1);
  });

  it("loses only a line cut short, not the rest of the file", () => {
    const file = join(mkdtempSync(join(tmpdir(), "content-cache-")), "cache.jsonl");
    const writer = new ContentCache(file);
    writer.render("whole");
    writer.render("cut");
    writer.save();
    const [whole, cut] = readFileSync(file, "utf8").split("\n");
    writeFileSync(file, `${whole}\n${cut.slice(0, cut.length / 2)}`);

    const reader = new ContentCache(file);
    reader.render("whole");
    reader.render("cut");
    expect({ hits: reader.hits, misses: reader.misses }).toEqual({ hits: 1, misses: 1 });
  });

  it("renders everything when the file is missing or unreadable", () => {
    const file = join(mkdtempSync(join(tmpdir(), "content-cache-")), "cache.jsonl");
    writeFileSync(file, "{ not json");
    const cache = new ContentCache(file);
    expect(cache.render("text").html).toBe("<p>text</p>");
    expect(cache.misses).toBe(1);
  });

  it("parses a file once, and still finds lines when a cached file has a problem", () => {
    const source = "---\ntitle: A\nlist:\n  - one\n  - two\n---\n\nBody text.\n";
    const cache = new ContentCache();
    cache.parse(source);
    const cached = cache.parse(source);
    const fresh = parseSource(source);
    expect(cache.hits).toBe(1);
    expect({ data: cached.data, body: cached.body, bodyLine: cached.bodyLine }).toEqual({ data: fresh.data, body: fresh.body, bodyLine: fresh.bodyLine });
    expect(cached.locate(["list", 1])).toEqual({ line: 5, column: 5 });
  });

  it("does not keep files whose YAML is broken", () => {
    const cache = new ContentCache();
    const broken = "---\ntitle: [unclosed\n---\nBody\n";
    expect(cache.parse(broken).yamlErrors).not.toEqual([]);
    expect(cache.parse(broken).yamlErrors).not.toEqual([]);
    expect(cache.hits).toBe(0);
  });

  it("reports the same problems, at the same lines, from a warm cache", () => {
    const root = join(__dirname, "..", "fixtures", "broken");
    const cache = new ContentCache();
    const cold = loadContent(root, { includeDrafts: true, cache });
    const warm = loadContent(root, { includeDrafts: true, cache });
    expect(cache.hits).toBeGreaterThan(0);
    expect(warm.issues).toEqual(cold.issues);
  });

  it("gives loadContent the same articles from the cache as from parsing and rendering", () => {
    const root = join(__dirname, "..", "fixtures", "valid");
    const cache = new ContentCache();
    const cold = loadContent(root, { includeDrafts: true, cache });
    const { misses, hits } = cache;
    const warm = loadContent(root, { includeDrafts: true, cache });
    expect(misses).toBeGreaterThan(0);
    expect(cache.misses).toBe(misses); // nothing parsed or rendered the second time
    expect(cache.hits - hits).toBe(misses + hits); // every article came from the cache
    expect(warm).toEqual(cold);
  });

  it("keeps one project cache per content folder, so fixtures never evict the site's articles", () => {
    const valid = join(__dirname, "..", "fixtures", "valid");
    const site = join(__dirname, "..", "fixtures", "site");
    expect(sharedContentCache(valid)).toBe(sharedContentCache(`${valid}/`));
    expect(sharedContentCache(valid)).not.toBe(sharedContentCache(site));
  });
});
