// Serving benchmark: requests per second from `next start` alone for a prerendered guide page and
// for the dynamic compare page, measured back to back in one run (report the ratio, not the
// absolute numbers: this machine is shared). Builds first when there is no production build.
import autocannon from "autocannon";
import { ensureBuild, startNext } from "./next-server.mjs";

const PORT = 3260;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PAGES = {
  "prerendered guide page": "/guides/recovery-foundations",
  "dynamic compare page": "/compare?tools=normatec-3,rapid-reboot",
  // The cheapest page Next renders per request (the search form, no query): the floor any dynamic page starts from.
  "smallest dynamic page": "/search",
};

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
      `  ${label.padEnd(24)} ${result.requests.average.toFixed(0).padStart(6)} req/s, p99 latency ${result.latency.p99} ms, ${failures} errors or non-2xx`,
    );
  }
  console.log(`  dynamic compare vs prerendered guide: ${(rates[1] / rates[0]).toFixed(2)}x (goal: at least 0.50x)`);
  console.log(`  smallest dynamic page vs prerendered guide: ${(rates[2] / rates[0]).toFixed(2)}x (what rendering per request costs before any content)`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
