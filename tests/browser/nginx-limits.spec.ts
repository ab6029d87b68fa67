import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { startNginx, type RunningNginx } from "../../scripts/nginx";
import { freePort } from "../../scripts/next-server.mjs";

// The nginx recipe's abuse limits (deploy/README.md, "Limits"), in front of the test server on a
// nginx of their own, so that the flood never touches the other specs' nginx. Two readers are told
// apart by their source address on the loopback network (127.0.0.1 and 127.0.0.2).
test.describe.configure({ mode: "default" });

const RATE = 5;
const BURST = 10;
const QUEUE = 10;
let nginx: RunningNginx | undefined;

test.beforeAll(async ({}, testInfo) => {
  const upstreamPort = Number(new URL(testInfo.project.use.baseURL!).port);
  nginx = await startNginx({ upstreamPort, port: await freePort(upstreamPort + 60), accessLog: false, rate: RATE, burst: BURST, queue: QUEUE });
});

test.afterAll(async () => {
  await nginx?.stop();
});

type Options = { from?: string; method?: string; headers?: Record<string, string>; body?: string; onSent?: () => void };

/** One request from a given source address; the status nginx answers. `onSent` is called once it is sent whole. */
function status(path: string, { from = "127.0.0.1", method = "GET", headers = {}, body, onSent }: Options = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${nginx!.url}${path}`, { method, headers, localAddress: from, agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode!));
    });
    req.on("error", reject);
    if (onSent) req.on("finish", onSent);
    req.end(body);
  });
}

/** A request's status, how long it took to be answered, and when it was sent, in ms from `since`. */
async function timed(path: string, since: number, from?: string): Promise<{ status: number; ms: number; sent: number }> {
  const started = performance.now();
  let sent = Number.NaN;
  const answer = await status(path, { from, onSent: () => (sent = performance.now() - since) });
  return { status: answer, ms: performance.now() - started, sent };
}

test("a flood of unique query strings from one client is answered up to its burst, held to its rate past that, and refused past the queue, while another client's pages answer 200", async () => {
  // 60 distinct searches at once: each would be a miss rendered by Node.
  const since = performance.now();
  const flooding = Promise.all(Array.from({ length: 60 }, (_, i) => timed(`/search?q=flood${i}`, since)));
  // Another reader, while the flood's held requests wait, is not refused. (How long it waits is
  // the benchmark's to measure: here Node is rendering the flood's burst on a busy test machine.)
  await new Promise((r) => setTimeout(r, 300));
  expect(await status("/search?q=boots", { from: "127.0.0.2" })).toBe(200);
  const flood = await flooding;

  const served = flood.filter((r) => r.status === 200);
  const refused = flood.filter((r) => r.status === 429);
  expect(served.length + refused.length).toBe(60);
  // The burst answered at once, then the queue let through at the rate, and what the rate
  // refilled while the 60 were still arriving (on a busy machine the client takes a while to send
  // them all); the rest refused.
  const arriving = Math.max(...flood.map((r) => r.sent)) / 1000;
  expect(served.length).toBeGreaterThanOrEqual(BURST + QUEUE);
  expect(served.length).toBeLessThanOrEqual(BURST + QUEUE + Math.ceil(RATE * arriving) + 1);
  // Held requests wait their turn: the last of the queue about QUEUE / RATE seconds (2 s).
  const slowest = Math.max(...served.map((r) => r.ms));
  expect(slowest).toBeGreaterThan(((QUEUE - 2) / RATE) * 1000);
  // Refusals are not held: they are answered while the queue still waits.
  expect(Math.max(...refused.map((r) => r.ms))).toBeLessThan(slowest);
  // Refusals are not logged once more in the error log: a flood would fill it a line per request.
  expect(readFileSync(join(nginx!.prefix, "logs", "error.log"), "utf8")).not.toMatch(/limiting requests/);

  // Another reader, during the flood's penalty, is not limited at all...
  expect(await status("/finder?situation=back-to-back&area=calves", { from: "127.0.0.2" })).toBe(200);
  // ...and the flooder itself still gets pages without a query (cached, never limited).
  expect(await status("/")).toBe(200);
  expect(await status("/guides/recovery-foundations")).toBe(200);
  // The health check is never limited either.
  expect(await status("/healthz")).toBe(200);
});

test("oversized requests are refused by nginx before Node sees them", async () => {
  expect(await status("/search?q=" + "a".repeat(9000), { from: "127.0.0.3" })).toBe(414);
  expect(await status("/", { from: "127.0.0.3", headers: { "x-padding": "b".repeat(9000) } })).toBe(400);
  expect(await status("/", { from: "127.0.0.3", method: "POST", headers: { "content-type": "text/plain" }, body: "c".repeat(20_000) })).toBe(413);
});
