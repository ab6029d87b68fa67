import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from "node:child_process";
import { once } from "node:events";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
import { expect, test } from "@playwright/test";
import { startNginx } from "../../scripts/nginx";
import { childPids, freePort, serverReadyMessage, startNext } from "../../scripts/next-server.mjs";
import { FIXTURE_BUILD, FIXTURE_PORT } from "./servers";

// Restarts lose nothing (deploy/README.md): a server told to stop finishes what it started, and
// nginx answers from its cache while Node is down. Each test runs servers of its own on loopback
// ports from the fixture build, so the shared test server is never stopped.
test.describe.configure({ mode: "default" });

/** The slowest page the fixture site renders per request: a plan for a full week. */
const FULL_WEEK = "/plan?week=2026-12-07&mon=easy&tue=intervals.evening&wed=easy&thu=strength.morning&thu=easy.evening&fri=easy&sat=long&sun=easy&minutes=30";

type Answer = { status: number; body: string } | { error: string };

/** A GET on a fresh connection, resolved with the whole body or the error that cut it short. */
function get(url: string, onResponse?: () => void): Promise<Answer> {
  return new Promise((resolve) => {
    const req = httpRequest(url, { agent: false }, (res) => {
      onResponse?.();
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, body }));
      res.on("error", (error) => resolve({ error: error.message }));
    });
    req.on("error", (error) => resolve({ error: error.message }));
    req.end();
  });
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code))));

/** `npm start` on the fixture build, on a loopback port, with `workers` processes (one per CPU when not given). */
function spawnStart(port: number, { workers, ...options }: { workers?: number } & SpawnOptions = {}): ChildProcess {
  return spawn(process.execPath, ["scripts/start.mjs"], {
    env: { ...process.env, ...FIXTURE_BUILD, PORT: String(port), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1", ...(workers ? { WEB_CONCURRENCY: String(workers) } : {}) },
    ...options,
  });
}

async function untilHealthy(url: string) {
  for (let i = 0; i < 120; i++) {
    const answer = await get(`${url}/healthz`);
    if ("status" in answer && answer.status === 200) return JSON.parse(answer.body);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url}/healthz never answered 200`);
}

test("npm start drains on SIGTERM: every request sent before the signal completes, whole, then the server exits", async () => {
  test.setTimeout(90_000);
  const port = await freePort(FIXTURE_PORT + 40);
  const url = `http://127.0.0.1:${port}`;
  const server = spawnStart(port, { stdio: "ignore" });
  try {
    const health = await untilHealthy(url);
    expect(health).toMatchObject({ status: "ok" });
    expect(health.articles).toBeGreaterThan(0);

    // 24 plans at once take Node well over a second to render one after another; the signal goes
    // as soon as the first answer starts, when every connection has been accepted and most pages
    // are still to be rendered.
    let signalled = false;
    const answers = Array.from({ length: 24 }, () =>
      get(`${url}${FULL_WEEK}`, () => {
        if (!signalled) {
          signalled = true;
          server.kill("SIGTERM");
        }
      }),
    );
    const settled = await Promise.all(answers);
    expect(signalled).toBe(true);
    const whole = settled.map((a) => ("body" in a ? `${a.status} ${a.body.trimEnd().endsWith("</html>") ? "whole" : "cut"}` : a.error));
    expect(whole).toEqual(settled.map(() => "200 whole"));
    expect(await exitOf(server)).toBe(143); // 128 + SIGTERM, as a signalled stop reports
    expect(await get(`${url}/healthz`)).toMatchObject({ error: expect.stringContaining("ECONNREFUSED") });
  } finally {
    server.kill("SIGKILL");
  }
});

test("while Node is down and restarting, nginx keeps answering cached pages with 200", async () => {
  test.setTimeout(90_000);
  const nextPort = await freePort(FIXTURE_PORT + 50);
  let next = await startNext(nextPort, { env: FIXTURE_BUILD, workers: 1 });
  const nginx = await startNginx({ upstreamPort: nextPort, port: await freePort(nextPort + 1), accessLog: false });
  const cached = ["/", "/guides/recovery-foundations", "/tools/air-relief-boots", "/compare/tools/air-relief-boots/travel-boots"];
  try {
    for (const path of cached) await get(`${nginx.url}${path}`); // MISS: now stored
    for (const path of cached) expect(await get(`${nginx.url}${path}`)).toMatchObject({ status: 200 });

    // Readers keep asking for those pages throughout: Node is killed outright (a crash, not a
    // clean stop), stays down, then starts again.
    let reading = true;
    const statuses: number[] = [];
    const readers = Array.from({ length: 4 }, async (_, i) => {
      for (let n = i; reading; n++) {
        const answer = await get(`${nginx.url}${cached[n % cached.length]}`);
        statuses.push("status" in answer ? answer.status : 0);
      }
    });
    await new Promise((r) => setTimeout(r, 300));
    next.process.kill("SIGKILL");
    await exitOf(next.process);
    const down = await get(`${nginx.url}/healthz`);
    expect("status" in down && down.status).toBe(502); // the health check goes to Node, never to the cache
    await new Promise((r) => setTimeout(r, 1000));
    next = await startNext(nextPort, { env: FIXTURE_BUILD, workers: 1 });
    expect(await untilHealthy(nginx.url)).toMatchObject({ status: "ok" });
    await new Promise((r) => setTimeout(r, 300));
    reading = false;
    await Promise.all(readers);

    expect(statuses.length).toBeGreaterThan(20);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  } finally {
    await nginx.stop();
    next.stop();
  }
});

test("npm start runs WEB_CONCURRENCY servers on one port, and one that dies is replaced while the others answer", async () => {
  test.setTimeout(90_000);
  const server = await startNext(await freePort(FIXTURE_PORT + 60), { env: FIXTURE_BUILD, workers: 2 });
  const { url } = server;
  const primary = server.process.pid!;
  try {
    const [first, second] = childPids(primary);
    expect(childPids(primary)).toHaveLength(2);

    process.kill(first, "SIGKILL");
    for (let i = 0; i < 100 && childPids(primary).includes(first); i++) await new Promise((r) => setTimeout(r, 50));
    // While its replacement starts, every request is answered by the one left.
    const meanwhile = [];
    for (let i = 0; i < 10; i++) meanwhile.push(await get(`${url}/guides/recovery-foundations`));
    expect(meanwhile.map((a) => ("status" in a ? a.status : a.error))).toEqual(meanwhile.map(() => 200));

    let now: number[] = [];
    for (let i = 0; i < 120 && (now = childPids(primary)).length < 2; i++) await new Promise((r) => setTimeout(r, 250));
    expect(now).toHaveLength(2);
    expect(now).toContain(second);
    expect(now).not.toContain(first);
    await untilHealthy(url);
  } finally {
    const workers = childPids(primary);
    server.process.kill("SIGKILL");
    for (const pid of workers) process.kill(pid, "SIGKILL");
  }
});

test("npm start refuses a WEB_CONCURRENCY that is not a whole number from 1 to 64, saying so", () => {
  for (const value of ["0", "two", "1.5", "65"]) {
    const run = spawnSync(process.execPath, ["scripts/start.mjs"], { env: { ...process.env, ...FIXTURE_BUILD, WEB_CONCURRENCY: value }, encoding: "utf8", timeout: 10_000 });
    expect(run.status, value).toBe(2);
    expect(run.stderr).toContain(`WEB_CONCURRENCY must be a whole number from 1 to 64, not "${value}".`);
  }
});

test("npm start on a port already taken stops with an error instead of starting servers again and again", async () => {
  test.setTimeout(60_000);
  const port = await freePort(FIXTURE_PORT + 70);
  const taken = createServer().listen(port, "127.0.0.1");
  await once(taken, "listening");
  try {
    const server = spawnStart(port, { workers: 2, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    server.stderr!.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
    expect(await exitOf(server)).not.toBe(0);
    expect(stderr).toContain("EADDRINUSE");
    expect(stderr).not.toContain("starting another");
  } finally {
    taken.close();
  }
});

test("npm start signalled with its whole process group (Ctrl-C in a terminal, timeout) stops without starting servers again", async () => {
  test.setTimeout(60_000);
  const port = await freePort(FIXTURE_PORT + 80);
  const server = spawnStart(port, {
    workers: 2,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // a process group of its own, as a terminal gives it
  });
  let stdout = "";
  let stderr = "";
  server.stdout!.setEncoding("utf8").on("data", (chunk) => (stdout += chunk));
  server.stderr!.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
  try {
    for (let i = 0; i < 120 && !stdout.includes(serverReadyMessage(2, port)); i++) await new Promise((r) => setTimeout(r, 250));
    expect(stdout).toContain(serverReadyMessage(2, port));
    process.kill(-server.pid!, "SIGTERM");
    expect(await exitOf(server)).toBe(143);
    expect(stderr).not.toContain("starting another");
  } finally {
    if (server.exitCode === null) process.kill(-server.pid!, "SIGKILL");
  }
});
