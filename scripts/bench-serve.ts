// Serving benchmark: requests per second from `next start` alone, measured back to back in one run
// (report the ratios, not the absolute numbers: this machine is shared), for
//   - a prerendered guide page, through the project's proxy and from the same sources built without
//     it (scripts/no-proxy-build.ts): what running a proxy on every document costs;
//   - a kept comparison, a compare page rendered per request, the cheapest page rendered per
//     request, the planner with a full week, a finder answer and a search, each kept after its
//     first request (lib/web/kept-query-pages.ts), and the same plan for the current week, made
//     on every request, each against the prerendered guide.
// Builds first when there is no production build. A tidy comparison is rendered on its first
// request and then kept (lib/catalog/kept-comparisons.ts); the warm-up makes that first request,
// and its cost is measured on its own at the end.
import autocannon from "autocannon";
import { buildWithoutProxy } from "./no-proxy-build";
import { ensureBuild, startNext } from "./next-server.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3260);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const GUIDE = "/guides/recovery-foundations";
// A full week on the planner: every day filled, two sessions on one, owned tools, areas and a race.
const FULL_WEEK =
  "/plan?week=2026-12-07&mon=easy&tue=intervals.evening&wed=easy&thu=strength.morning&thu=easy.evening&fri=easy&sat=long&sun=easy" +
  "&race=2026-12-20&minutes=30&setting=home&market=us&budget=under-300&own=foam-roller&own=massage-ball&area=calves&area=quads";
// Comparisons, finder answers and searches nobody has asked for yet, to time the one render each gets before it is kept.
const FRESH = ["theragun-pro", "hypervolt-2-pro", "foam-roller", "compex-sport-elite-2", "powerdot-2"].flatMap((a, i, all) =>
  all.filter((b) => b !== a).slice(0, 2).map((b) => `/compare/tools/${a}/${b}/normatec-pulse-2`),
);
const FRESH_QUERIES = [
  ...["shins", "quads", "it-band", "knees", "back"].map((area) => `/finder?situation=high-volume&area=${area}&market=uk`),
  ...["compression socks", "sauna after running", "sleep and recovery", "tart cherry", "massage gun price"].map((q) => `/search?q=${q.replace(/ /g, "+")}`),
];

async function main() {
  ensureBuild();
  const started = performance.now();
  const noProxyDir = buildWithoutProxy();
  console.log(`Built the same sources without proxy.ts in ${((performance.now() - started) / 1000).toFixed(0)} s (${noProxyDir}).`);
  const site = await startNext(PORT);
  try {
    const noProxy = await startNext(PORT + 1, { cwd: noProxyDir });
    try {
      const guide = "prerendered guide page";
      const vsGuide = (says: string, note: string) => ({ of: guide, says: `${says} vs prerendered guide`, note });
      await measure([
        { label: guide, url: `${site.url}${GUIDE}`, ratio: { of: "the same page, no proxy", says: "prerendered guide through the project's proxy vs with no proxy", note: "what the proxy costs a page it must give a policy" } },
        { label: "the same page, no proxy", url: `${noProxy.url}${GUIDE}` },
        { label: "compare page (tidy, kept)", url: `${site.url}/compare/tools/normatec-3/rapid-reboot`, ratio: vsGuide("compare page (tidy, kept)", "goal: at least 0.50x") },
        // Any other query (here one with a notice) is rendered for each request.
        { label: "compare page, per request", url: `${site.url}/compare?tools=normatec-3,rapid-reboot,not-a-tool`, ratio: vsGuide("compare page rendered per request", "queries that are not a tidy comparison") },
        // The cheapest page Next renders per request (the search form, no query): the floor any dynamic page starts from.
        { label: "smallest dynamic page", url: `${site.url}/search`, ratio: vsGuide("smallest dynamic page", "what rendering per request costs before any content") },
        { label: "planner, a full week (kept)", url: `${site.url}${FULL_WEEK}`, ratio: vsGuide("planner with a full week (kept)", "a plan that names its week is made once") },
        { label: "finder answer (kept)", url: `${site.url}/finder?situation=back-to-back&area=calves`, ratio: vsGuide("finder answer (kept)", "goal: at least 0.50x") },
        { label: "search (kept)", url: `${site.url}/search?q=ice+bath`, ratio: vsGuide("search (kept)", "goal: at least 0.50x") },
        // The same week with no week named plans the current one, so it is made on every request.
        { label: "planner, this week", url: `${site.url}${FULL_WEEK.replace("week=2026-12-07&", "")}`, ratio: vsGuide("planner for this week (no week named)", "made on every request") },
      ]);
      await timeFirstRenders(site.url);
    } finally {
      noProxy.stop();
    }
  } finally {
    site.stop();
  }
}

interface Run {
  rate: number;
  p99: number;
  failures: number;
}

async function load(url: string, seconds: number): Promise<Run> {
  const result = await autocannon({ url, connections: 32, duration: seconds });
  return { rate: result.requests.average, p99: result.latency.p99, failures: result.errors + result.timeouts + result.non2xx };
}

/**
 * The machine is shared and its speed drifts within minutes, so every page is measured once per
 * round, all rounds back to back, and each ratio is the median of the ratios within a round.
 */
/** A page to load; `ratio` prints its rate against the page labelled `of`, as `says`, with a note. */
type Page = { label: string; url: string; ratio?: { of: string; says: string; note: string } };

async function measure(pages: Page[]) {
  // A redirect or an error would be measured as a page and print a meaningless rate.
  for (const { label, url } of pages) {
    const { status } = await fetch(url, { redirect: "manual" });
    if (status !== 200) throw new Error(`${label}: ${url} answers ${status}, not 200; give the benchmark the page's own URL`);
  }
  for (const { url } of pages) await autocannon({ url, connections: 8, duration: 2 }); // warm up (and keep the tidy comparison)
  const runs: Run[][] = pages.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, { url }] of pages.entries()) runs[i].push(await load(url, SECONDS));
  }

  console.log(`Serving with next start, 32 connections, ${ROUNDS} rounds of ${SECONDS} s per page; medians:`);
  for (const [i, { label }] of pages.entries()) {
    const failures = runs[i].reduce((sum, run) => sum + run.failures, 0);
    console.log(
      `  ${label.padEnd(26)} ${median(runs[i].map((r) => r.rate)).toFixed(0).padStart(6)} req/s, p99 latency ${median(runs[i].map((r) => r.p99))} ms, ${failures} errors or non-2xx`,
    );
  }
  // A round in which either page completed no request at all (the machine was swamped) has no ratio.
  const ratio = (i: number, of: number) => {
    const perRound = runs[i].map((run, round) => (run.rate > 0 && runs[of][round].rate > 0 ? run.rate / runs[of][round].rate : undefined));
    const measured = perRound.filter((r) => r !== undefined);
    const result = measured.length ? `${median(measured).toFixed(2)}x` : "no ratio";
    return `${result} (rounds: ${perRound.map((r) => r?.toFixed(2) ?? "none").join(" ")})`;
  };
  for (const [i, { ratio: wanted }] of pages.entries()) {
    if (!wanted) continue;
    const of = pages.findIndex((p) => p.label === wanted.of);
    if (of < 0) throw new Error(`no page labelled "${wanted.of}" to measure ${pages[i].label} against`);
    console.log(`  ${wanted.says}: ${ratio(i, of)}; ${wanted.note}`);
  }
}

async function timeFirstRenders(base: string) {
  for (const [what, paths] of [
    ["a comparison", FRESH],
    ["a finder answer or search", FRESH_QUERIES],
  ] as const) {
    const first: number[] = [];
    const again: number[] = [];
    for (const path of paths) {
      first.push(await timeOne(`${base}${path}`));
      again.push(await timeOne(`${base}${path}`));
    }
    console.log(
      `  ${what}: first request (it renders) ${median(first).toFixed(1)} ms, second (kept) ${median(again).toFixed(1)} ms: median of ${paths.length}, one at a time`,
    );
  }
}

async function timeOne(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url, { redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
  return performance.now() - start;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
