// Building and starting the production server, shared by `npm start`, the build's manifest step
// and the benchmarks. Plain JavaScript so that both node (start, Lighthouse) and tsx scripts can import it.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { availableParallelism } from "node:os";
import { join } from "node:path";

/**
 * Runs `npm run build` when there is no complete production build yet (in next.config.ts's
 * distDir): the serving manifest is the last thing the build writes, so its presence says the
 * build finished. Exits the process if the build fails.
 */
export function ensureBuild() {
  if (existsSync(join(process.env.NEXT_DIST_DIR ?? ".next", "serving-manifest.json"))) return;
  console.log("No production build found: building the site first (about a minute).");
  const { status } = spawnSync("npm", ["run", "build"], { stdio: "inherit", shell: process.platform === "win32" });
  if (status !== 0) process.exit(status ?? 1);
}

/** Whether nothing listens on `port` at 127.0.0.1. */
function isPortFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** The first port from `from` on that nothing listens on at 127.0.0.1. */
export async function freePort(from, tries = 50) {
  for (let port = from; port < from + tries; port++) if (await isPortFree(port)) return port;
  throw new Error(`no free port in ${from}-${from + tries - 1}`);
}

/**
 * How many server processes `npm start` runs (scripts/start.mjs): WEB_CONCURRENCY, a whole
 * number from 1 to 64, or one per CPU when it is not set. Throws, saying so, on any other value.
 */
export function webConcurrency(value = process.env.WEB_CONCURRENCY) {
  if (value === undefined || value === "") return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to 64, not "${value}".`);
  return n;
}

/** What `npm start` prints once every one of its `count` processes listens: readiness, for people and scripts. */
export function serverReadyMessage(count, port) {
  return `${count} server process${count === 1 ? "" : "es"} listening on port ${port}.`;
}

/** The processes whose parent is `pid`, oldest first: `npm start`'s server processes. */
export function childPids(pid) {
  const ps = spawnSync("ps", ["-o", "pid=", "--ppid", String(pid), "--sort=start_time"], { encoding: "utf8" });
  return ps.stdout.split("\n").filter(Boolean).map(Number);
}

/** The `next` command, as Next's package.json names its bin, run with this Node rather than through npx. */
export function nextBin() {
  return join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
}

/**
 * `next build` in `cwd` (the project by default) with `env` added to this process's environment;
 * returns how many seconds it took, and throws with its output if it fails.
 */
export function nextBuild({ cwd = process.cwd(), env = {} } = {}) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [nextBin(), "build"], { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`next build failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - started) / 1000;
}

/**
 * Starts `next start` on a loopback port and resolves once it answers. `cwd` serves another
 * project directory's build (the serving benchmark's copy without a proxy); `env` is added to this
 * process's environment. With `workers`, it is `npm start`'s server instead (scripts/start.mjs):
 * that many server processes (scripts/serve.mjs) sharing the port, and `process` is the one that
 * runs them; it resolves once every one of them listens.
 */
export async function startNext(port, { cwd = process.cwd(), env = {}, workers } = {}) {
  // Otherwise a server left running on the port answers in place of this one, and whatever is
  // measured or tested next is that other server (a benchmark once measured a stale build so).
  if (!(await isPortFree(port))) {
    throw new Error(`something already listens on 127.0.0.1:${port}; stop it, or its answers would be taken for this server's`);
  }
  const args = workers === undefined ? [nextBin(), "start", "-H", "127.0.0.1", "-p", String(port)] : [join(cwd, "scripts", "start.mjs")];
  const child = spawn(process.execPath, args, {
    cwd,
    stdio: ["ignore", workers === undefined ? "ignore" : "pipe", "pipe"],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      ...(workers === undefined ? {} : { PORT: String(port), HOST: "127.0.0.1", WEB_CONCURRENCY: String(workers) }),
      ...env,
    },
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  let stdout = "";
  child.stdout?.on("data", (chunk) => (stdout += chunk));
  const listening = () => workers === undefined || stdout.includes(serverReadyMessage(workers, port));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => child.kill("SIGTERM");
  for (let i = 0; i < 120 && child.exitCode === null; i++) {
    const response = listening() ? await fetch(`${url}/`).catch(() => undefined) : undefined;
    if (response?.ok) return { url, stop, process: child };
    if (response) {
      stop();
      throw new Error(`next start on ${url} answers / with ${response.status}:\n${await response.text()}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`next start did not answer on ${url}${stderr ? `:\n${stderr}` : ""}`);
}
