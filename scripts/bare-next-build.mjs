// A bare Next.js page for the Lighthouse bench: a root layout and one page of plain text, no
// styles, no fonts, no script of its own, built with this project's own Next and React. It
// measures what the framework's start-up alone scores on this machine, so the budget can be read
// against it: built as Next builds it, and again with the compile hint this site's build adds
// (scripts/compile-hints.mjs), so the hint's share is measured apart from the site's own pages.
// Written into .bench-bare-next/<variant>/ and built there; with no lockfile of its own, the
// bundler takes the project, whose node_modules it uses, as its root.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { addCompileHints } from "./compile-hints.mjs";
import { nextBuild } from "./next-server.mjs";

export const BARE_NEXT_DIR = ".bench-bare-next";

const FILES = {
  "package.json": JSON.stringify({ name: "bare-next-page", private: true }),
  // Next's defaults; without a configuration of its own, Next would take the project's.
  "next.config.mjs": "export default {};\n",
  "app/layout.jsx": `export const metadata = { title: "Guides", description: "A bare Next.js page: the layout and six short sections of text." };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.jsx": `export default function Page() {
  return (
    <main>
      <h1>Guides</h1>
      {[1, 2, 3, 4, 5, 6].map((n) => (
        <section key={n}>
          <h2>Guide {n}</h2>
          <p>A short paragraph of plain text standing in for a card on a list page.</p>
        </section>
      ))}
    </main>
  );
}
`,
};

/**
 * Writes the bare page's sources and builds them, adding the compile hint when `hinted`; returns
 * the directory `next start` serves it from.
 */
export function buildBareNext({ hinted = false } = {}) {
  const dir = resolve(BARE_NEXT_DIR, hinted ? "hinted" : "stock");
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  nextBuild({ cwd: dir });
  if (hinted) addCompileHints(join(dir, ".next"));
  return dir;
}
