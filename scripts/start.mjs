// `npm start`: serve the production site, building it first when no build exists yet.
// PORT picks the port (3000); HOST the address to listen on (all of them by default; behind nginx,
// HOST=127.0.0.1 keeps Node reachable only through nginx, see deploy/README.md).
import { spawn } from "node:child_process";
import { constants } from "node:os";
import { ensureBuild, nextBin } from "./next-server.mjs";

ensureBuild();
const child = spawn(process.execPath, [nextBin(), "start", "-p", process.env.PORT ?? "3000", ...(process.env.HOST ? ["-H", process.env.HOST] : [])], {
  stdio: "inherit",
});
// A process manager (systemd, npm, a container runtime) stops the service by signalling this
// process; next start drains when it gets SIGTERM (it stops listening, finishes the requests it has
// begun, then exits). But it resets connections whose requests it has not yet read, and a busy
// server can leave requests unread for over a second (15 of 24 plans sent at once, on a loaded
// machine). So SIGTERM is passed on once the server is caught up: its health check, queued behind
// every request sent before the signal, answers within 100 ms; at most DRAIN_MAX_MS (20000) later.
// Other signals pass on at once. The systemd unit in deploy/ signals only this process
// (KillMode=mixed) so that the wait applies.
const port = process.env.PORT ?? "3000";
const host = !process.env.HOST || process.env.HOST === "0.0.0.0" || process.env.HOST === "::" ? "127.0.0.1" : process.env.HOST;
const maxWait = Number(process.env.DRAIN_MAX_MS ?? 20000);

async function caughtUp() {
  const deadline = Date.now() + maxWait;
  while (Date.now() < deadline) {
    const asked = Date.now();
    try {
      await fetch(`http://${host.includes(":") ? `[${host}]` : host}:${port}/healthz`, { signal: AbortSignal.timeout(Math.max(1, deadline - asked)) });
    } catch {
      return; // not answering: nothing to wait for
    }
    if (Date.now() - asked < 100) return;
  }
}

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    if (signal === "SIGTERM") await caughtUp();
    child.kill(signal);
  });
}
child.on("exit", (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
