// Stylesheet weight: the CSS each page type loads, raw and compressed, and the whole stylesheet
// against issue 17's budget (at most 30 KB compressed), with the font files each page preloads
// beside it (woff2, compressed already). Sizes, not timings, so one run is enough.
import { brotliCompressSync, gzipSync } from "node:zlib";
import { ensureBuild, freePort, startNext } from "./next-server.mjs";

const BUDGET_KB = 30;
const PAGES: Record<string, string> = {
  home: "/",
  method: "/modalities/cold-water-immersion",
  tool: "/tools/normatec-3",
  guide: "/guides/recovery-foundations",
  compare: "/compare/tools/normatec-3/rapid-reboot",
  finder: "/finder?situation=back-to-back&area=calves",
  "evidence map": "/evidence",
  planner: "/plan?tue=intervals.evening&sat=long",
  search: "/search?q=ice+bath",
  "tool index": "/tools",
};

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function main() {
  ensureBuild();
  const site = await startNext(await freePort(3270));
  try {
    const sheets = new Map<string, Buffer>();
    const fonts = new Map<string, number>();
    const rows: string[][] = [];
    for (const [type, path] of Object.entries(PAGES)) {
      const html = await (await fetch(site.url + path)).text();
      const hrefs = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"/g)].map((m) => m[1] ?? m[2]);
      let raw = 0;
      let gz = 0;
      let br = 0;
      for (const href of new Set(hrefs)) {
        if (!sheets.has(href)) sheets.set(href, Buffer.from(await (await fetch(new URL(href, site.url))).arrayBuffer()));
        const css = sheets.get(href)!;
        raw += css.length;
        gz += gzipSync(css, { level: 9 }).length;
        br += brotliCompressSync(css).length;
      }
      const fontHrefs = new Set([...html.matchAll(/<link[^>]+href="([^"]+)"[^>]*as="font"|<link[^>]+as="font"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? m[2]));
      let fontBytes = 0;
      for (const href of fontHrefs) {
        if (!fonts.has(href)) fonts.set(href, (await (await fetch(new URL(href, site.url))).arrayBuffer()).byteLength);
        fontBytes += fonts.get(href)!;
      }
      rows.push([type, String(hrefs.length), kb(raw), kb(gz), kb(br), `${fontHrefs.size} (${kb(fontBytes)})`]);
    }
    const all = Buffer.concat([...sheets.values()]);
    const allGz = gzipSync(all, { level: 9 }).length;
    console.log("\nCSS per page type (KB; gzip -9 and brotli as nginx or a CDN would send it):");
    console.log(["page", "sheets", "raw", "gzip", "brotli", "fonts preloaded (KB)"].join("\t"));
    for (const row of rows) console.log(row.join("\t"));
    console.log(`Whole stylesheet (${sheets.size} file${sheets.size === 1 ? "" : "s"}): ${kb(all.length)} KB raw, ${kb(allGz)} KB gzip, ${kb(brotliCompressSync(all).length)} KB brotli; budget ${BUDGET_KB} KB compressed: ${allGz <= BUDGET_KB * 1024 ? "met" : "MISSED"}`);
    console.log(`Font files across these pages: ${fonts.size}, ${kb([...fonts.values()].reduce((a, b) => a + b, 0))} KB`);
  } finally {
    site.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
