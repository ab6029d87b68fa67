// Serving benchmark for the nginx recipe in deploy/: in one run, starts next start and nginx (the
// production template) on loopback and measures requests per second with wrk for
//   - a plain static HTML file served by nginx from disk (the page's own bytes, same size): the ceiling,
//   - the prerendered guide page through nginx's cache (goal: at least 0.80x the static file),
//   - the same page from next start alone, for context.
// Static file and cached page are measured in back-to-back pairs, alternating which goes first, and
// the median of the per-pair ratios is the result: other work on this shared machine comes and goes,
// and pairing cancels most of it. The CPU time nginx's workers spend per request is printed too: it
// hardly depends on that other work. Builds first when there is no production build.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { get as httpGet, type IncomingHttpHeaders } from "node:http";
import { join } from "node:path";
import { startNginx, type RunningNginx } from "./nginx";
import { ensureBuild, startNext } from "./next-server.mjs";

const NEXT_PORT = Number(process.env.BENCH_PORT ?? 3460);
const NGINX_PORT = NEXT_PORT + 1;
const STATIC_PORT = NEXT_PORT + 2;
const PAGE = process.env.BENCH_NGINX_PAGE ?? "/guides/recovery-foundations";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const PAIRS = Number(process.env.BENCH_PAIRS ?? 7);
const CONNECTIONS = 32;
const GOAL = 0.8;

function requireWrk() {
  if (spawnSync("wrk", ["-v"]).error) {
    console.error('wrk is not installed: install it with "apt-get install -y wrk" (Debian/Ubuntu).');
    process.exit(1);
  }
}

const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout) || 100;

/** CPU seconds used so far by the children (the workers) of process `parent`, from /proc. */
function childrenCpuSeconds(parent: number): number {
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue;
    }
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // state, ppid, ... utime, stime
    if (Number(fields[1]) === parent) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / CLOCK_TICKS;
}

type Result = { rate: number; failures: number; detail: string; p99: string; cpuMicros?: number };

function wrk(url: string, seconds: number, nginxPid?: number): Result {
  const cpuBefore = nginxPid ? childrenCpuSeconds(nginxPid) : 0;
  const { stdout, status } = spawnSync("wrk", ["-t2", `-c${CONNECTIONS}`, `-d${seconds}s`, "--timeout", "10s", "--latency", url], { encoding: "utf8" });
  if (status !== 0) throw new Error(`wrk failed on ${url}:\n${stdout}`);
  const cpu = nginxPid ? childrenCpuSeconds(nginxPid) - cpuBefore : 0;
  const requests = Number(/(\d+) requests in/.exec(stdout)?.[1]);
  const rate = Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1]);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout);
  const errors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  // The "Latency Distribution" line, not a stdev column that happens to end in 99%.
  const p99 = /^\s*99%\s+(\S+)/m.exec(stdout)?.[1] ?? "?";
  const detail = [non2xx ? `${non2xx} non-2xx` : "", socket && errors ? socket[0].toLowerCase() : ""].filter(Boolean).join("; ");
  return { rate, failures: non2xx + errors, detail, p99, cpuMicros: nginxPid ? (cpu * 1e6) / requests : undefined };
}

const middle = <T>(items: T[], by: (item: T) => number): T => [...items].sort((a, b) => by(a) - by(b))[Math.floor(items.length / 2)];
const median = (results: Result[]) => middle(results, (r) => r.rate);
const medianCpu = (results: Result[]) => middle(results, (r) => r.cpuMicros ?? 0).cpuMicros ?? 0;
const failures = (results: Result[]) => results.reduce((sum, r) => sum + r.failures, 0);
const line = (label: string, runs: Result[]) => {
  const r = median(runs);
  const details = runs.map((run) => run.detail).filter(Boolean);
  return `  ${label.padEnd(44)} ${r.rate.toFixed(0).padStart(7)} req/s, p99 latency ${r.p99.padStart(7)}, ${failures(runs)} errors or non-2xx${details.length ? ` (${details.join(", ")})` : ""}`;
};

// A bare GET like wrk's (fetch would add an Accept-Encoding and so pick another cache variant).
function bareGet(url: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpGet(url, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

async function main() {
  requireWrk();
  ensureBuild();
  const next = await startNext(NEXT_PORT);
  let nginx: RunningNginx | undefined;
  try {
    // A second server serves the page's bytes as a plain file, with the same nginx settings.
    nginx = await startNginx({
      upstreamPort: NEXT_PORT,
      port: NGINX_PORT,
      extraConfig: (prefix) => `server {\n    listen 127.0.0.1:${STATIC_PORT} reuseport;\n    root ${join(prefix, "static")};\n}\n`,
    });
    const cached = `${nginx.url}${PAGE}`;
    const { body: html } = await bareGet(cached);
    mkdirSync(join(nginx.prefix, "static"));
    writeFileSync(join(nginx.prefix, "static", "page.html"), html);
    const plain = `http://127.0.0.1:${STATIC_PORT}/page.html`;

    const check = await bareGet(cached);
    if (check.status !== 200 || check.headers["x-cache-status"] !== "HIT") {
      throw new Error(`${PAGE} through nginx: status ${check.status}, X-Cache-Status ${check.headers["x-cache-status"]}, expected 200 HIT`);
    }

    console.log(`Serving ${PAGE} (${html.length} bytes), wrk with ${CONNECTIONS} connections, median of ${PAIRS} pairs of ${SECONDS} s runs:`);
    wrk(plain, 1); // warm up
    wrk(cached, 1);
    const plainRuns: Result[] = [];
    const cachedRuns: Result[] = [];
    for (let pair = 0; pair < PAIRS; pair++) {
      if (pair % 2 === 0) plainRuns.push(wrk(plain, SECONDS, nginx.pid));
      cachedRuns.push(wrk(cached, SECONDS, nginx.pid));
      if (pair % 2 === 1) plainRuns.push(wrk(plain, SECONDS, nginx.pid));
    }
    const direct = wrk(`${next.url}${PAGE}`, SECONDS);

    console.log(line("nginx, the same HTML as a static file", plainRuns));
    console.log(line("nginx, the prerendered page from its cache", cachedRuns));
    console.log(line("next start alone, the prerendered page", [direct]));
    const ratios = cachedRuns.map((c, i) => c.rate / plainRuns[i].rate);
    const ratio = middle(ratios, (r) => r);
    console.log(
      `  cached page vs static file: ${ratio.toFixed(2)}x (goal: at least ${GOAL.toFixed(2)}x)${ratio < GOAL ? "  BELOW GOAL" : ""}; pairs: ${ratios.map((r) => r.toFixed(2)).join(" ")}`,
    );
    const [cpuPlain, cpuCached] = [medianCpu(plainRuns), medianCpu(cachedRuns)];
    console.log(
      `  nginx CPU per request: ${cpuPlain.toFixed(1)} µs for the static file, ${cpuCached.toFixed(1)} µs from the cache (${(cpuPlain / cpuCached).toFixed(2)}x)`,
    );
    console.log(`  cached page vs next start alone: ${(median(cachedRuns).rate / direct.rate).toFixed(1)}x`);
    if (failures(plainRuns) + failures(cachedRuns) > 0) process.exitCode = 1;
  } finally {
    await nginx?.stop();
    next.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
