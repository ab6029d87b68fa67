// `npm start`: serve the production site, building it first when no build exists yet.
// PORT picks the port (3000); HOST the address to listen on (all of them by default; behind nginx,
// HOST=127.0.0.1 keeps Node reachable only through nginx, see deploy/README.md); WEB_CONCURRENCY
// how many server processes share the port (one per CPU by default).
//
// Why more than one, and why not `next start` itself: Node 20 takes one new connection per turn of
// its event loop (libuv#3696), and under load a turn lasts as long as the renders it runs, so with
// one `next start` the last of 64 connections opened at once waited over 2 s for its first answer
// (15 to 37 per page type in 15 s; deploy/README.md, Performance notes). Node's cluster module lets
// this process accept on the workers' behalf and hand the connections round, and each worker
// (scripts/serve.mjs) is Next's own request handler started through Next's documented custom-server
// API, which starts at most two requests a turn so that its turns stay short.
// They can share one build because the server keeps the pages it renders in memory only
// (next.config.ts, isrFlushToDisk), so no process ever reads a page another is writing.
import cluster from "node:cluster";
import { request } from "node:http";
import { constants } from "node:os";
import { ensureBuild, serverReadyMessage, webConcurrency } from "./next-server.mjs";

const port = process.env.PORT ?? "3000";
let workers;
try {
  workers = webConcurrency();
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

ensureBuild();
cluster.setupPrimary({
  exec: new URL("./serve.mjs", import.meta.url).pathname,
  stdio: ["ignore", "inherit", "inherit", "ipc"],
});

// Stopping: a signal has come (its SIGTERM may still be waiting for the server to catch up), or a
// process failed to start. Either way no process is replaced any more.
let stopping = false;
let signalled = false;
let exitCode = 0;
const alive = new Map();
const listening = new Set();
const fork = () => {
  const worker = cluster.fork({ PORT: port });
  alive.set(worker.id, worker);
};
for (let i = 0; i < workers; i++) fork();
let ready = false;
cluster.on("listening", (worker) => {
  listening.add(worker.id);
  if (!ready && listening.size === workers) {
    ready = true;
    console.log(serverReadyMessage(workers, port));
  }
});

// A worker that dies while the server is running is replaced; the others answer meanwhile (unless a
// signal is on its way to this process too: a terminal's Ctrl-C or `timeout` signals the whole
// process group, and a worker stopped that way must not be replaced). One that
// dies before it ever listened (the port is taken, the build is broken) would only die again, so
// the server stops with its status instead. Once stopping, the server exits when the last worker
// has, with the first failure any of them reported.
cluster.on("exit", (worker, code, signal) => {
  const status = code ?? 128 + (constants.signals[signal] ?? 0);
  alive.delete(worker.id);
  if (!stopping && !signalled && listening.has(worker.id)) {
    console.error(`Server process (pid ${worker.process.pid}) exited (${signal ?? code}); starting another.`);
    listening.delete(worker.id);
    fork();
    return;
  }
  if (!stopping) {
    stopping = true;
    exitCode = status || 1;
    for (const other of alive.values()) other.process.kill("SIGTERM");
  }
  if (status !== 0 && exitCode === 0) exitCode = status;
  if (alive.size === 0) process.exit(exitCode);
});

// A process manager (systemd, npm, a container runtime) stops the service by signalling this
// process; each server process drains when it gets SIGTERM (it stops listening, answers the requests
// it has received, then exits). But connections it has not yet been handed are reset, and a busy
// server can leave requests unread for over a second (15 of 24 plans sent at once, on a loaded
// machine). So SIGTERM is passed on once every worker is caught up: the health check, queued
// behind every request sent before the signal, answers within 100 ms from as many fresh
// connections in a row as there are workers (the connections are dealt round, one to each); at
// most DRAIN_MAX_MS (20000) later. Other signals pass on at once. The systemd unit in deploy/
// signals only this process (KillMode=mixed) so that the wait applies.
const host = !process.env.HOST || process.env.HOST === "0.0.0.0" || process.env.HOST === "::" ? "127.0.0.1" : process.env.HOST;
const maxWait = Number(process.env.DRAIN_MAX_MS ?? 20000);

/** How long /healthz takes on a fresh connection, or undefined when nothing answers in `ms`. */
function healthTime(ms) {
  const asked = Date.now();
  return new Promise((resolve) => {
    const req = request({ host, port, path: "/healthz", agent: false, timeout: ms }, (res) => {
      res.resume();
      res.on("end", () => resolve(Date.now() - asked));
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(undefined));
    req.end();
  });
}

async function caughtUp() {
  const deadline = Date.now() + maxWait;
  let quick = 0;
  while (quick < workers && Date.now() < deadline) {
    const took = await healthTime(Math.max(1, deadline - Date.now()));
    if (took === undefined) return; // not answering: nothing to wait for
    quick = took < 100 ? quick + 1 : 0;
  }
}

for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) {
  process.on(signal, async () => {
    if (signalled) return;
    signalled = true;
    if (signal === "SIGTERM") await caughtUp();
    stopping = true;
    exitCode = 128 + constants.signals[signal];
    for (const worker of alive.values()) worker.process.kill(signal);
  });
}
