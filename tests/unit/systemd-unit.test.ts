import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// deploy/recovery-guide.service: what deploy/README.md promises of it.
const FILE = "deploy/recovery-guide.service";
const directives = new Map<string, string[]>();
for (const line of readFileSync(FILE, "utf8").split("\n")) {
  const match = /^([A-Za-z]+)=(.*)$/.exec(line.trim());
  if (match) directives.set(match[1], [...(directives.get(match[1]) ?? []), match[2]]);
}
const one = (name: string) => directives.get(name)?.[0];

describe("the systemd unit", () => {
  it("is a unit systemd accepts", () => {
    const verify = spawnSync("systemd-analyze", ["verify", FILE], { encoding: "utf8" });
    expect(verify.error, "systemd-analyze is part of Debian's systemd package").toBeUndefined();
    expect(verify.stderr.trim()).toBe("");
    expect(verify.status).toBe(0);
  });

  it("runs what npm start runs, as its main process, so the stop signal reaches the script that drains", () => {
    const packageJson = JSON.parse(readFileSync("package.json", "utf8"));
    const [command, script] = one("ExecStart")!.split(" ");
    expect(command).toBe("/usr/bin/node");
    expect(packageJson.scripts.start).toBe(`node ${script}`);
    expect(existsSync(script)).toBe(true);
    expect(one("KillMode")).toBe("mixed");
    expect(one("KillSignal")).toBe("SIGTERM");
  });

  it("restarts the server when it fails, and keeps Node on loopback behind nginx", () => {
    expect(one("Restart")).toBe("on-failure");
    expect(Number.parseFloat(one("RestartSec")!)).toBeLessThanOrEqual(5);
    const environment = Object.fromEntries(one("Environment")!.split(" ").map((pair) => pair.split("=")));
    expect(environment).toMatchObject({ NODE_ENV: "production", HOST: "127.0.0.1" });
    // The stop timeout leaves room for the longest drain wait and the requests in flight.
    expect(Number(one("TimeoutStopSec")) * 1000).toBeGreaterThan(Number(environment.DRAIN_MAX_MS) + 5000);
  });

  it("gives the server the public address, so pages rendered on request link to the site and not to localhost", () => {
    const environment = Object.fromEntries(one("Environment")!.split(" ").map((pair) => pair.split("=")));
    expect(new URL(environment.SITE_URL).protocol).toBe("https:");
  });
});
