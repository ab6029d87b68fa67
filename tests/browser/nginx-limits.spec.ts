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
let nginx: RunningNginx | undefined;

test.beforeAll(async ({}, testInfo) => {
  const upstreamPort = Number(new URL(testInfo.project.use.baseURL!).port);
  nginx = await startNginx({ upstreamPort, port: await freePort(upstreamPort + 60), accessLog: false, rate: RATE, burst: BURST });
});

test.afterAll(async () => {
  await nginx?.stop();
});

/** One request from a given source address; the status nginx answers. */
function status(path: string, { from = "127.0.0.1", method = "GET", headers = {}, body }: { from?: string; method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${nginx!.url}${path}`, { method, headers, localAddress: from, agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode!));
    });
    req.on("error", reject);
    req.end(body);
  });
}

test("a flood of unique query strings from one client gets 429 past its burst, while another client's pages answer 200", async () => {
  // 60 distinct searches at once: each would be a miss rendered by Node.
  const flood = await Promise.all(Array.from({ length: 60 }, (_, i) => status(`/search?q=flood${i}`)));
  const served = flood.filter((s) => s === 200).length;
  expect(served).toBeGreaterThanOrEqual(1);
  expect(served).toBeLessThanOrEqual(BURST + 2); // the burst, and what the rate refills meanwhile
  expect(flood.filter((s) => s === 429).length).toBe(60 - served);
  // Refusals are not logged once more in the error log: a flood would fill it a line per request.
  expect(readFileSync(join(nginx!.prefix, "logs", "error.log"), "utf8")).not.toMatch(/limiting requests/);

  // Another reader, during the flood's penalty, is not limited at all...
  expect(await status("/search?q=boots", { from: "127.0.0.2" })).toBe(200);
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
