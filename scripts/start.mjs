// `npm start`: serve the production site, building it first when no build exists yet.
// PORT picks the port (3000); HOST the address to listen on (all of them by default; behind nginx,
// HOST=127.0.0.1 keeps Node reachable only through nginx, see deploy/README.md).
import { spawnSync } from "node:child_process";
import { ensureBuild } from "./next-server.mjs";

const run = (cmd, args) => {
  const { status } = spawnSync(cmd, args, { stdio: "inherit", shell: process.platform === "win32" });
  if (status !== 0) process.exit(status ?? 1);
};

ensureBuild();
run("npx", ["next", "start", "-p", process.env.PORT ?? "3000", ...(process.env.HOST ? ["-H", process.env.HOST] : [])]);
