// Serving benchmark for the nginx recipe in deploy/: in one run, starts next start and nginx (the
// production template) on loopback and measures requests per second with wrk for
//   - a plain static HTML file served by nginx from disk (the page's own bytes, same size): the ceiling,
//   - the prerendered guide page through nginx's cache (goal: at least 0.80x the static file),
//   - the same page from next start alone, for context.
// Static file and cached page are measured in back-to-back pairs, alternating which goes first, and
// the median of the per-pair ratios is the result: other work on this shared machine comes and goes,
// and pairing cancels most of it. Builds first when there is no production build.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { get as httpGet, type IncomingHttpHeaders } from "node:http";
import { join } from "node:path";
import { startNginx, type RunningNginx } from "./nginx";

const NEXT_PORT = 3460;
const NGINX_PORT = 3461;
const STATIC_PORT = 3462;
const PAGE = "/guides/recovery-foundations";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONNECTIONS = 32;
const GOAL = 0.8;

function requireWrk() {
  if (spawnSync("wrk", ["-v"]).error) {
    console.error('wrk is not installed: install it with "apt-get install -y wrk" (Debian/Ubuntu).');
    process.exit(1);
  }
}

type Result = { rate: number; failures: number; p99: string };

function wrk(url: string, seconds: number): Result {
  const { stdout, status } = spawnSync("wrk", ["-t2", `-c${CONNECTIONS}`, `-d${seconds}s`, "--latency", url], { encoding: "utf8" });
  if (status !== 0) throw new Error(`wrk failed on ${url}:\n${stdout}`);
  const rate = Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1]);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout);
  const errors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  const p99 = /99%\s+(\S+)/.exec(stdout)?.[1] ?? "?";
  return { rate, failures: non2xx + errors, p99 };
}

const middle = <T>(items: T[], by: (item: T) => number): T => [...items].sort((a, b) => by(a) - by(b))[Math.floor(items.length / 2)];
const median = (results: Result[]) => middle(results, (r) => r.rate);
const failures = (results: Result[]) => results.reduce((sum, r) => sum + r.failures, 0);
const line = (label: string, r: Result, fails: number) =>
  `  ${label.padEnd(44)} ${r.rate.toFixed(0).padStart(7)} req/s, p99 latency ${r.p99.padStart(7)}, ${fails} errors or non-2xx`;

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

async function answered(url: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer`);
}

async function main() {
  requireWrk();
  if (!existsSync(join(".next", "BUILD_ID"))) {
    console.log("No production build: building first.");
    if (spawnSync("npm", ["run", "build"], { stdio: "inherit" }).status !== 0) process.exit(1);
  }

  const next = spawn(process.execPath, [join("node_modules", "next", "dist", "bin", "next"), "start", "-H", "127.0.0.1", "-p", String(NEXT_PORT)], {
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  let nginx: RunningNginx | undefined;
  try {
    await answered(`http://127.0.0.1:${NEXT_PORT}/`);
    // The second server serves the page's bytes as a plain file, with the same nginx settings.
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

    console.log(`Serving ${PAGE} (${html.length} bytes), wrk with ${CONNECTIONS} connections, median of ${ROUNDS} pairs of ${SECONDS} s runs:`);
    wrk(plain, 1); // warm up
    wrk(cached, 1);
    const plainRuns: Result[] = [];
    const cachedRuns: Result[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      if (round % 2 === 0) plainRuns.push(wrk(plain, SECONDS));
      cachedRuns.push(wrk(cached, SECONDS));
      if (round % 2 === 1) plainRuns.push(wrk(plain, SECONDS));
    }
    const ratios = cachedRuns.map((c, i) => c.rate / plainRuns[i].rate);
    const direct = wrk(`http://127.0.0.1:${NEXT_PORT}${PAGE}`, SECONDS);
    const [p, c] = [median(plainRuns), median(cachedRuns)];
    console.log(line("nginx, the same HTML as a static file", p, failures(plainRuns)));
    console.log(line("nginx, the prerendered page from its cache", c, failures(cachedRuns)));
    console.log(line("next start alone, the prerendered page", direct, direct.failures));
    const ratio = middle(ratios, (r) => r);
    console.log(`  cached page vs static file: ${ratio.toFixed(2)}x, median of the pairs ${ratios.map((r) => r.toFixed(2)).join(" ")} (goal: at least ${GOAL.toFixed(2)}x)${ratio < GOAL ? "  BELOW GOAL" : ""}`);
    console.log(`  cached page vs next start alone: ${(c.rate / direct.rate).toFixed(1)}x`);
    if (failures(plainRuns) + failures(cachedRuns) + direct.failures > 0) process.exitCode = 1;
  } finally {
    await nginx?.stop();
    next.kill("SIGTERM");
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
