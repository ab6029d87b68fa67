// Starts the production nginx configuration (deploy/) unprivileged on a loopback port, from a
// scratch directory, for the browser tests and the serving benchmark. Production runs the same
// rendered template through Debian's nginx service instead (deploy/README.md).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const INSTALL_HINT = 'install it with "apt-get install -y nginx" (Debian/Ubuntu), or point NGINX_PATH at an nginx binary';

/** The nginx binary, or an error that says how to install it. */
export function nginxBinary(): string {
  const candidates = process.env.NGINX_PATH ? [process.env.NGINX_PATH] : ["/usr/sbin/nginx", "/usr/bin/nginx"];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`nginx is not installed (looked for ${candidates.join(", ")}): ${INSTALL_HINT}.`);
  return found;
}

export type RunningNginx = {
  /** http://127.0.0.1:port of the site through nginx */
  url: string;
  /** the master process; its children are the workers */
  pid: number;
  /** the scratch directory: nginx.conf, logs/, cache/ */
  prefix: string;
  stop: () => Promise<void>;
};

type Options = {
  /** where the Next server listens */
  upstreamPort: number;
  /** where nginx listens */
  port: number;
  /** extra http-level configuration, written into the scratch directory as extra.conf */
  extraConfig?: (prefix: string) => string;
  accessLog?: boolean;
  /** the per-client limit on requests with a query string (render-nginx-conf.mjs --rate, --burst, --queue) */
  rate?: number;
  burst?: number;
  queue?: number;
};

export async function startNginx({ upstreamPort, port, extraConfig, accessLog = true, rate, burst, queue }: Options): Promise<RunningNginx> {
  const nginx = nginxBinary();
  const prefix = mkdtempSync(join(tmpdir(), "recovery-nginx-"));
  const conf = join(prefix, "nginx.conf");
  const args = ["deploy/render-nginx-conf.mjs", "--listen", `127.0.0.1:${port}`, "--upstream", `127.0.0.1:${upstreamPort}`, "--prefix", prefix, "--out", conf];
  if (!accessLog) args.push("--access-log", "off");
  if (rate) args.push("--rate", String(rate));
  if (burst) args.push("--burst", String(burst));
  if (queue !== undefined) args.push("--queue", String(queue));
  if (extraConfig) {
    writeFileSync(join(prefix, "extra.conf"), extraConfig(prefix));
    args.push("--include", join(prefix, "extra.conf"));
  }
  const rendered = spawnSync(process.execPath, args, { encoding: "utf8" });
  if (rendered.status !== 0) throw new Error(`rendering the nginx configuration failed:\n${rendered.stderr}`);

  const checked = spawnSync(nginx, ["-t", "-q", "-p", prefix, "-c", conf], { encoding: "utf8" });
  if (checked.status !== 0) throw new Error(`nginx rejects the rendered configuration ${conf}:\n${checked.stderr}`);

  // In the foreground, as a child of this process, so that stopping it cannot miss.
  const child = spawn(nginx, ["-p", prefix, "-c", conf, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const killOnExit = () => child.kill("SIGTERM");
  process.once("exit", killOnExit);

  const stop = async () => {
    process.removeListener("exit", killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM"); // fast shutdown: the master stops its workers
      await exited;
    }
    rmSync(prefix, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`${url}/_next/static/-`); // answered by nginx alone (404)
      return { url, pid: child.pid!, prefix, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const log = existsSync(join(prefix, "logs", "error.log")) ? readFileSync(join(prefix, "logs", "error.log"), "utf8") : "";
  await stop();
  throw new Error(`nginx did not start on ${url}:\n${stderr}${log}`);
}
