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
// accepted, then exits). Connections still queued unaccepted in the kernel when it stops listening
// are reset, and under load Node may not have accepted the last few yet, so SIGTERM is passed on
// after DRAIN_GRACE_MS (1000 by default): every request that reached the server before the signal
// is accepted and answered. Other signals pass on at once. The systemd unit in deploy/ signals only
// this process (KillMode=mixed) so that the grace applies.
const grace = Number(process.env.DRAIN_GRACE_MS ?? 1000);
let stopping = false;
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => child.kill(signal), signal === "SIGTERM" ? grace : 0);
  });
}
child.on("exit", (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
