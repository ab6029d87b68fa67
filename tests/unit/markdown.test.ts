import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/content/markdown";

describe("renderMarkdown", () => {
  it("renders GitHub-flavoured Markdown with heading ids and a table of contents", () => {
    const { html, toc } = renderMarkdown("## How it works\n\n### Cold & dose\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~");
    expect(html).toContain('<h2 id="how-it-works">How it works</h2>');
    expect(html).toContain('<h3 id="cold--dose">Cold &#x26; dose</h3>');
    expect(html).toContain('<table class="data-table rows-on-phone">');
    expect(html).toContain("<del>old</del>");
    expect(toc).toEqual([
      { id: "how-it-works", text: "How it works", depth: 2 },
      { id: "cold--dose", text: "Cold & dose", depth: 3 },
    ]);
  });

  it("makes a table read like the site's data tables: rows headed by their first cell, values labelled by their column", () => {
    const html = renderMarkdown("| Race | First easy run | First hard session |\n|---|---|---|\n| 10K | 2 days | 1 week |\n| Marathon | 1 week | 3 weeks |").html.replaceAll("\n", "");
    expect(html).toContain('<table class="data-table rows-on-phone">');
    expect(html).toContain('<th scope="col">Race</th><th scope="col">First easy run</th><th scope="col">First hard session</th>');
    expect(html).toContain('<tr><th scope="row">10K</th><td data-label="First easy run">2 days</td><td data-label="First hard session">1 week</td></tr>');
    expect(html).toContain('<tr><th scope="row">Marathon</th><td data-label="First easy run">1 week</td><td data-label="First hard session">3 weeks</td></tr>');
    expect(html).not.toContain("<td>");
  });

  it("labels a raw HTML table's values by their own columns when its rows are already headed", () => {
    const html = renderMarkdown('<table><thead><tr><th>Day</th><th>Session</th></tr></thead><tbody><tr><th>Monday</th><td>Easy</td></tr></tbody></table>').html;
    expect(html).toContain('<tr><th scope="row">Monday</th><td data-label="Session">Easy</td></tr>');
  });

  it("gives repeated headings distinct ids", () => {
    const { toc } = renderMarkdown("## Dose\n\n## Dose");
    expect(toc.map((t) => t.id)).toEqual(["dose", "dose-1"]);
  });

  it("demotes a Markdown h1, since the page title is the only h1", () => {
    const { html } = renderMarkdown("# Title again\n\ntext");
    expect(html).not.toContain("<h1");
    expect(html).toContain('<h2 id="title-again">Title again</h2>');
  });

  it("marks external links and leaves internal ones alone", () => {
    const { html } = renderMarkdown("[paper](https://doi.org/10.1/x) and [boots](/modalities/pneumatic-compression)");
    expect(html).toContain('<a href="https://doi.org/10.1/x" class="external" rel="external noopener noreferrer">paper</a>');
    expect(html).toContain('<a href="/modalities/pneumatic-compression">boots</a>');
  });

  it("marks only http(s) and protocol-relative links as external", () => {
    const { html } = renderMarkdown("[a](//cdn.example/x) [b](mailto:a@b.c) [c](http://plain.example) [d](/tools/x)");
    expect(html).toBe(
      '<p><a href="//cdn.example/x" class="external" rel="external noopener noreferrer">a</a> <a href="mailto:a@b.c">b</a> ' +
        '<a href="http://plain.example" class="external" rel="external noopener noreferrer">c</a> <a href="/tools/x">d</a></p>',
    );
  });

  it("strips scripts, event handlers and javascript: URLs from raw HTML and links", () => {
    const md = [
      "<script>alert(1)</script>",
      '<img src="x.png" alt="x" onerror="alert(2)">',
      '<a href="javascript:alert(3)">click</a>',
      "[md link](javascript:alert(4))",
      '<p style="color:red" onclick="alert(5)">styled</p>',
      '<iframe src="https://evil.example"></iframe>',
    ].join("\n\n");
    const { html } = renderMarkdown(md);
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|style=/i);
    expect(html).toContain('<img src="x.png" alt="x">');
    expect(html).toContain("styled");
  });

  it("strips a script and keeps an inline kbd written in the same paragraph", () => {
    const { html } = renderMarkdown("Press <kbd>Ctrl</kbd> <script>alert(1)</script>now.");
    expect(html).toBe("<p>Press <kbd>Ctrl</kbd> now.</p>");
  });

  it("renders an inline kbd when it is the file's only raw HTML", () => {
    expect(renderMarkdown("Press <kbd>Esc</kbd>.").html).toBe("<p>Press <kbd>Esc</kbd>.</p>");
  });

  it("strips a script block when it is the file's only raw HTML", () => {
    expect(renderMarkdown("<script>alert(1)</script>\n\nText").html).not.toMatch(/script|alert/);
  });

  it("sanitizes Markdown links and images in a file without raw HTML", () => {
    const { html } = renderMarkdown("[x](javascript:alert(1)) and ![i](javascript:alert(2))");
    expect(html).toBe('<p><a>x</a> and <img alt="i"></p>');
  });

  it("keeps escaped and code-fenced HTML as text in a file without raw HTML", () => {
    const { html } = renderMarkdown("&lt;script&gt; and `<kbd>`\n\n```html\n<script>x()</script>\n```");
    expect(html).toBe('<p>&#x3C;script> and <code>&#x3C;kbd></code></p>\n<pre><code class="language-html">&#x3C;script>x()&#x3C;/script>\n</code></pre>');
  });

  it("renders a file the same whether or not raw HTML elsewhere in it makes rehype-raw re-parse the tree", () => {
    // Everything remark-gfm and mdast-util-to-hast emit, footnotes included: their data-*
    // attributes are the one place a tree that skipped parse5 could differ.
    const markdown = [
      "# Title\n\n## Dose & timing\n\n### `code` heading\n\n## Dose & timing",
      "Text with *em*, **strong**, ~~del~~, `code`, a [page](/tools/x#specs), [#here](#dose--timing), https://auto.example and a note[^1].",
      "| left | centre | right |\n|:-----|:------:|------:|\n| a | **b** | `c` |",
      "- [x] done\n- [ ] not done\n\n1. one\n   - nested\n\n5) five",
      "> quote\n\n```js\nconst a = 1 < 2;\n```\n\n![alt](/img.png \"title\")\n\n---\n\nhard  \nbreak",
      "[^1]: The note, with a [link](https://doi.org/10.1000/1).",
    ].join("\n\n");
    // A comment is raw HTML that the sanitizer removes, leaving only the line break around it.
    const withRaw = renderMarkdown(`${markdown}\n\n<!-- raw -->`);
    const without = renderMarkdown(markdown);
    expect(without.html).toContain("data-footnote-ref");
    expect(without.html.replace(/\n+/g, "\n")).toBe(withRaw.html.replace(/\n+/g, "\n"));
    expect({ ...without, html: "" }).toEqual({ ...withRaw, html: "", words: without.words });
  });

  it("keeps safe raw HTML such as details and abbr", () => {
    const { html } = renderMarkdown('<details><summary>More</summary>\n\nHidden text\n\n</details>\n\n<abbr title="delayed-onset muscle soreness">DOMS</abbr>');
    expect(html).toContain("<details>");
    expect(html).toContain("<summary>More</summary>");
    expect(html).toContain('<abbr title="delayed-onset muscle soreness">DOMS</abbr>');
  });

  it("gives task-list checkboxes an accessible name", () => {
    const { html } = renderMarkdown("- [x] sleep\n- [ ] stretch");
    expect(html).toContain('aria-label="Done"');
    expect(html).toContain('aria-label="Not done"');
  });

  it("collects heading ids and internal links with their position in the Markdown", () => {
    const { anchors, links } = renderMarkdown("## Dose\n\n#### Deep\n\nSee [boots](/tools/normatec-3#specs), [here](#dose) and [a paper](https://doi.org/10.1/x).");
    expect(anchors).toEqual(["dose", "deep"]);
    expect(links).toEqual([
      { href: "/tools/normatec-3#specs", line: 5, column: 5 },
      { href: "#dose", line: 5, column: 39 },
    ]);
  });

  it("counts words of the body", () => {
    expect(renderMarkdown("## Two words\n\nthree more words — here").words).toBe(6);
  });
});
