// One server process of `npm start` (scripts/start.mjs runs one per CPU on a shared port): Next's
// own request handler, through its documented custom-server API (`next()`), serving the production
// build as `next start` does, with one difference: it starts at most two new requests a turn of its
// event loop (scripts/turn-budget.mjs says why), the others waiting their turn in arrival order.
// PORT and HOST as for `next start -p -H` (all addresses when HOST is unset).
import { createServer } from "node:http";
import { constants } from "node:os";
import { turnBudget } from "./turn-budget.mjs";

// As `next start` does: the production builds of React and Next, whatever the caller's environment.
process.env.NODE_ENV = "production";
const { default: next } = await import("next");

// Two, measured against one and against none (64 connections, 8 s a page type, warm, same
// session): one lowered the rate of cheap pages by 25 to 35%; none let a turn grow to 250 ms.
const REQUESTS_PER_TURN = 2;

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || undefined;
const app = next({ dev: false, dir: process.cwd(), port, hostname: host });
const handle = app.getRequestHandler();
const budget = turnBudget(REQUESTS_PER_TURN);
let stopping = false;

const server = createServer((req, res) => {
  // Once stopping, a kept-alive connection is closed after its answer, so the server can end.
  if (stopping) res.setHeader("Connection", "close");
  const withdraw = budget.admit(() => {
    // As `next start` answers a request its handler throws on.
    handle(req, res).catch((error) => {
      console.error(`Failed to handle ${req.method} ${req.url}:`, error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  res.on("close", withdraw);
  res.on("finish", () => {
    if (stopping) setImmediate(() => server.closeIdleConnections());
  });
});

server.on("error", (error) => {
  console.error(`Failed to start server: ${error.message}`);
  process.exit(1);
});

// SIGTERM and SIGINT drain, as `next start` does: no new connections, every request already
// received (running or waiting its turn) answered, then exit with the signal's status.
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(async () => {
      await app.close().catch((error) => console.error(error));
      process.exit(128 + constants.signals[signal]);
    });
    server.closeIdleConnections();
  });
}

await app.prepare();
server.listen(port, host);
