// Building and starting the production server, shared by `npm start` and the benchmarks.
// Plain JavaScript so that both node (start, Lighthouse) and tsx scripts can import it.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/** Runs `npm run build` when there is no production build yet (in next.config.ts's distDir); exits the process if the build fails. */
export function ensureBuild() {
  if (existsSync(join(process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"))) return;
  console.log("No production build found: building the site first (about a minute).");
  const { status } = spawnSync("npm", ["run", "build"], { stdio: "inherit", shell: process.platform === "win32" });
  if (status !== 0) process.exit(status ?? 1);
}

/** Starts `next start` on a loopback port and resolves once it answers. */
export async function startNext(port) {
  const child = spawn(process.execPath, [join("node_modules", "next", "dist", "bin", "next"), "start", "-H", "127.0.0.1", "-p", String(port)], {
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => child.kill("SIGTERM");
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop };
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`next start did not answer on ${url}`);
}
