// Lighthouse (mobile, simulated throttling, the defaults) on each page type, three runs each;
// the median run is reported. Budgets: 100 for accessibility, best practices and SEO, and at
// least 95 for performance. Builds first when there is no production build.
// The guides index (the layout and a short card per guide, no page-specific script) is measured the
// same way, as a floor: its Total Blocking Time is what the layout every page shares and Next's and
// React's start-up cost on this machine at that moment, so a page whose TBT stands well above it is
// running its own code. Below it, a bare Next page shows what the framework alone scores.
// Plain JavaScript on purpose: tsx adds helpers to functions that Lighthouse sends to the browser.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { LIGHTHOUSE_PAGES, LIGHTHOUSE_PHONE } from "./lighthouse-pages.mjs";
import { formatPointsLost, pointsLost } from "./lighthouse-points.mjs";
import { buildBareNext } from "./bare-next-build.mjs";
import { ensureBuild, startNext } from "./next-server.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3270);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
// LIGHTHOUSE_WIDTH=413 also measures every page at that width, the same phone emulation otherwise,
// in the same rounds. At Lighthouse's own 412 px this Chromium holds a late first frame to the next
// whole second (README, "Lighthouse"); a pixel either side it does not, so the two side by side show
// what that costs. Budgets are judged at 412 only.
const WIDTH = process.env.LIGHTHOUSE_WIDTH ? Number(process.env.LIGHTHOUSE_WIDTH) : undefined;
if (WIDTH !== undefined && !(Number.isInteger(WIDTH) && WIDTH >= 320 && WIDTH <= 1280 && WIDTH !== LIGHTHOUSE_PHONE.width)) {
  throw new Error(`LIGHTHOUSE_WIDTH must be a whole number of CSS pixels from 320 to 1280 other than ${LIGHTHOUSE_PHONE.width}, not "${process.env.LIGHTHOUSE_WIDTH}"`);
}
const WIDTH_CONFIG = WIDTH === undefined ? undefined : { extends: "lighthouse:default", settings: { screenEmulation: { width: WIDTH } } };
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const BUDGET = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
// The median run by performance score, so the figures printed for a page come from one real run.
const medianRun = (runs) => [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)];
// At Lighthouse's 412-px phone width, this Chromium holds a first frame painted later than about
// 200 ms back to the next whole second (README, "Lighthouse"); counted so that a page's score can
// be read against how often that happened to it.
const HELD_PAINT_MS = 1000;
const heldPaints = (runs) =>
  `first paint seen at ${runs.map((r) => Math.round(r.seenPaint)).join(", ")} ms (${runs.filter((r) => r.seenPaint > HELD_PAINT_MS).length} of ${runs.length} held past 1 s)`;

async function measure(url, port, config) {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] }, config);
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  return result;
}

// The budget is read on Lighthouse's own default phone; the browser tests use the same size
// (scripts/lighthouse-pages.mjs), so a Lighthouse that changed its default must change that too.
function checkPhone(lhr) {
  const { width, height } = lhr.configSettings.screenEmulation;
  if (width !== LIGHTHOUSE_PHONE.width || height !== LIGHTHOUSE_PHONE.height) {
    throw new Error(`Lighthouse emulated a ${width}x${height} phone; scripts/lighthouse-pages.mjs says ${LIGHTHOUSE_PHONE.width}x${LIGHTHOUSE_PHONE.height}`);
  }
  return lhr;
}

function summarise(lhr) {
  const { categories, audits } = lhr;
  return {
    ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])),
    tbt: audits["total-blocking-time"].numericValue,
    lcp: audits["largest-contentful-paint"].numericValue,
    // When the first frame reached the screen in the real (unthrottled) load. Lantern builds
    // its simulated paint times from everything that ran before it, so a late one costs points.
    seenPaint: audits.metrics.details.items[0].observedFirstContentfulPaint,
    lost: pointsLost(lhr),
  };
}

async function main() {
  ensureBuild();
  const servers = [];
  let chrome;
  let missed = 0;
  try {
    // Each is stopped in `finally` as soon as it has started, whatever fails after it.
    const start = async (port, options) => {
      const started = await startNext(port, options);
      servers.push(started);
      return started;
    };
    const server = await start(PORT);
    const bare = await start(PORT + 1, { cwd: buildBareNext() });
    const bareHinted = await start(PORT + 2, { cwd: buildBareNext({ hinted: true }) });
    chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
    });
    // LIGHTHOUSE_ONLY=planner,finder measures those pages (and the floor and bare pages) alone, to check one change quickly.
    const only = process.env.LIGHTHOUSE_ONLY?.split(",");
    const pages = Object.entries(LIGHTHOUSE_PAGES)
      .filter(([name]) => !only || only.includes(name))
      .map(([name, path]) => ({ name, url: `${server.url}${path}` }));
    // Measured in the same rounds to read the pages against, never judged against the budget: the
    // floor, and below it a bare Next.js page built with the same Next and React
    // (scripts/bare-next-build.mjs), as Next builds it and with the site's compile hint.
    const bareAbout = "the same Next and React, a heading and six paragraphs, no styles, fonts or script of its own";
    const references = [
      {
        name: "floor: the guides index",
        url: `${server.url}/guides`,
        about: "a card per guide, no page-specific script: the layout every page shares, on Next's and React's start-up with the compile hint",
      },
      { name: "bare Next page", url: `${bare.url}/`, about: bareAbout },
      { name: "bare Next page with the compile hint", url: `${bareHinted.url}/`, about: bareAbout },
    ];
    const targets = [...pages, ...references];
    // A live server has loaded each route's code long before a reader arrives; the first request
    // after start does that loading, so it is made here rather than inside the first measured run.
    for (const { url } of targets) await (await fetch(url)).arrayBuffer();
    // Rounds over every page, rather than all of one page's runs together, so that the machine's
    // drifting load falls on every page alike and each compares fairly with the floor.
    const results = new Map(targets.map(({ name }) => [name, { runs: [], failing: new Set() }]));
    const widthRuns = new Map(targets.map(({ name }) => [name, []]));
    for (let i = 0; i < RUNS; i++) {
      for (const { name, url } of targets) {
        const lhr = checkPhone((await measure(url, chrome.port)).lhr);
        const { runs, failing } = results.get(name);
        runs.push(summarise(lhr));
        for (const c of CATEGORIES.slice(1)) {
          for (const ref of lhr.categories[c]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit.score !== null && audit.score < 1) failing.add(`${c}: ${audit.id}`);
          }
        }
        if (WIDTH_CONFIG) widthRuns.get(name).push(summarise((await measure(url, chrome.port, WIDTH_CONFIG)).lhr));
      }
    }

    const performanceRuns = (runs) => `performance runs: ${runs.map((r) => r.performance).join(", ")} (median ${median(runs.map((r) => r.performance))})`;
    // Under a page's or a reference's line: its runs at LIGHTHOUSE_WIDTH, when that is set.
    const printWidthRuns = (name) => {
      if (WIDTH_CONFIG) console.log(`            at ${WIDTH} px: ${performanceRuns(widthRuns.get(name))}; ${heldPaints(widthRuns.get(name))}`);
    };
    console.log(`Lighthouse, ${RUNS} rounds over every page, mobile; median run (performance, accessibility, best practices, SEO):`);
    for (const { name } of pages) {
      const { runs, failing } = results.get(name);
      const run = medianRun(runs);
      const low = CATEGORIES.filter((c) => run[c] < BUDGET[c]);
      missed += low.length;
      const tbt = median(runs.map((r) => r.tbt));
      const lcp = median(runs.map((r) => r.lcp));
      console.log(
        `  ${name.padEnd(9)} ${CATEGORIES.map((c) => String(run[c]).padStart(4)).join("")}   ${performanceRuns(runs)}, ` +
          `TBT ${tbt.toFixed(0)} ms, LCP ${(lcp / 1000).toFixed(2)} s` +
          (low.length ? `   below budget: ${low.join(", ")}` : ""),
      );
      console.log(`            performance points lost in the median run: ${formatPointsLost(run.lost)}; ${heldPaints(runs)}`);
      if (failing.size) console.log(`            audits not passed: ${[...failing].join("; ")}`);
      printWidthRuns(name);
    }
    for (const { name, about } of references) {
      const { runs } = results.get(name);
      console.log(
        `  ${name} (${about}): ${performanceRuns(runs)}, TBT ${median(runs.map((r) => r.tbt)).toFixed(0)} ms, ` +
          `points lost in the median run: ${formatPointsLost(medianRun(runs).lost)}; ${heldPaints(runs)}`,
      );
      printWidthRuns(name);
    }
    console.log(`  budgets (performance >= 95, the rest 100, at ${LIGHTHOUSE_PHONE.width} px): ${missed === 0 ? "all met" : `${missed} missed`}`);
  } finally {
    await chrome?.kill();
    for (const s of servers) s.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
