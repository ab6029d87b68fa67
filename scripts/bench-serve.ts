// Serving benchmark: requests per second from `next start` alone for a prerendered guide page and
// for the compare page, measured back to back in one run (report the ratio, not the absolute
// numbers: this machine is shared). Builds first when there is no production build.
// A tidy comparison is rendered on its first request and then kept (lib/kept-comparisons.ts); the
// warm-up makes that first request, and its cost is measured on its own at the end.
import autocannon from "autocannon";
import { ensureBuild, startNext } from "./next-server.mjs";

const PORT = 3260;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PAGES = {
  "prerendered guide page": "/guides/recovery-foundations",
  "compare page (tidy, kept)": "/compare?tools=normatec-3,rapid-reboot",
  // Any other query (here one with a notice) is rendered for each request.
  "compare page, per request": "/compare?tools=normatec-3,rapid-reboot,not-a-tool",
  // The cheapest page Next renders per request (the search form, no query): the floor any dynamic page starts from.
  "smallest dynamic page": "/search",
};
// Comparisons nobody has asked for yet, to time the one render each gets before it is kept.
const FRESH = ["theragun-pro", "hypervolt-2-pro", "foam-roller", "compex-sport-elite-2", "powerdot-2"].flatMap((a, i, all) =>
  all.filter((b) => b !== a).slice(0, 2).map((b) => `/compare?tools=${a},${b},normatec-pulse-2`),
);

async function main() {
  ensureBuild();
  const server = await startNext(PORT);
  try {
    await measure(server.url);
  } finally {
    server.stop();
  }
}

async function measure(base: string) {
  const rates: number[] = [];
  console.log(`Serving with next start, 32 connections, ${SECONDS} s each:`);
  for (const [label, path] of Object.entries(PAGES)) {
    const url = `${base}${path}`;
    await autocannon({ url, connections: 8, duration: 2 }); // warm up
    const result = await autocannon({ url, connections: 32, duration: SECONDS });
    const failures = result.errors + result.timeouts + result.non2xx;
    rates.push(result.requests.average);
    console.log(
      `  ${label.padEnd(26)} ${result.requests.average.toFixed(0).padStart(6)} req/s, p99 latency ${result.latency.p99} ms, ${failures} errors or non-2xx`,
    );
  }
  console.log(`  compare page (tidy, kept) vs prerendered guide: ${(rates[1] / rates[0]).toFixed(2)}x (goal: at least 0.50x)`);
  console.log(`  compare page rendered per request vs prerendered guide: ${(rates[2] / rates[0]).toFixed(2)}x (queries that are not a tidy comparison)`);
  console.log(`  smallest dynamic page vs prerendered guide: ${(rates[3] / rates[0]).toFixed(2)}x (what rendering per request costs before any content)`);

  const first: number[] = [];
  const again: number[] = [];
  for (const path of FRESH) {
    first.push(await timeOne(`${base}${path}`));
    again.push(await timeOne(`${base}${path}`));
  }
  console.log(
    `  a comparison's first request (it renders) ${median(first).toFixed(1)} ms, its second (kept) ${median(again).toFixed(1)} ms: median of ${FRESH.length} comparisons, one at a time`,
  );
}

async function timeOne(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return performance.now() - start;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
