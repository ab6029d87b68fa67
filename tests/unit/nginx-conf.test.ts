import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The nginx configuration renderer (deploy/). The browser tests run the rendered file in nginx;
// these check what it writes for production and that it refuses bad input, without nginx.
const scratch = mkdtempSync(join(tmpdir(), "render-nginx-"));
const app = join(scratch, "app");
mkdirSync(join(app, ".next", "static"), { recursive: true });
writeFileSync(join(app, ".next", "serving-manifest.json"), JSON.stringify({ buildId: "build-123" }));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const render = (...args: string[]) =>
  spawnSync(process.execPath, [join("deploy", "render-nginx-conf.mjs"), "--app-dir", app, "--cache-dir", join(scratch, "cache", "site"), ...args], {
    encoding: "utf8",
  });

describe("deploy/render-nginx-conf.mjs", () => {
  it("renders the production configuration for Debian's nginx service", () => {
    const { status, stdout } = render("--server-name", "guide.example.org");
    expect(status).toBe(0);
    expect(stdout).not.toMatch(/\{\{\w+\}\}/);
    expect(stdout).toContain("user www-data;");
    expect(stdout).toContain("pid /run/nginx.pid;");
    expect(stdout).toContain("listen 80 reuseport;");
    expect(stdout).toContain("server_name guide.example.org;");
    expect(stdout).toContain("server 127.0.0.1:3000;");
    expect(stdout).toContain(`alias ${join(app, ".next", "static")}/;`);
    expect(stdout).toMatch(/proxy_cache_key "build-123\|\$scheme:\/\/\$host\$request_uri\|\$http_rsc\|/);
    expect(stdout).toContain("access_log /var/log/nginx/access.log combined buffer=64k flush=5s;");
  });

  it("answers a client's burst at once and holds its queue to the rate, or refuses past the burst with no queue", () => {
    const held = render("--rate", "10", "--burst", "40", "--queue", "100");
    expect(held.status).toBe(0);
    expect(held.stdout).toContain("rate=10r/s;");
    expect(held.stdout).toContain("limit_req zone=per_client burst=140 delay=40;");
    const refused = render("--burst", "40", "--queue", "0");
    expect(refused.stdout).toContain("limit_req zone=per_client burst=40 delay=40;");
    const bad = render("--queue", "ten");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("--queue must be a whole number from 0");
  });

  it("puts everything in one directory to run unprivileged with nginx -p", () => {
    const prefix = join(scratch, "prefix");
    const out = join(scratch, "nginx.conf");
    const { status } = render("--prefix", prefix, "--listen", "127.0.0.1:3999", "--upstream", "127.0.0.1:3998", "--out", out);
    expect(status).toBe(0);
    const conf = readFileSync(out, "utf8");
    expect(conf).toContain(`pid ${join(prefix, "nginx.pid")};`);
    expect(conf).toContain(`error_log ${join(prefix, "logs", "error.log")} warn;`);
    expect(conf).toContain(`proxy_temp_path ${join(prefix, "temp", "proxy")};`);
    const directives = conf.split("\n").filter((line) => !line.trim().startsWith("#")).join("\n");
    expect(directives).not.toContain("www-data");
    expect(directives).not.toContain("/var/");
  });

  it("refuses to render without a build, or with a value nginx would misread", () => {
    const noBuild = spawnSync(process.execPath, [join("deploy", "render-nginx-conf.mjs"), "--app-dir", scratch], { encoding: "utf8" });
    expect(noBuild.status).toBe(1);
    expect(noBuild.stderr).toContain("npm run build");
    const broken = join(scratch, "broken");
    mkdirSync(join(broken, ".next"), { recursive: true });
    writeFileSync(join(broken, ".next", "serving-manifest.json"), "{ half written");
    const unreadable = spawnSync(process.execPath, [join("deploy", "render-nginx-conf.mjs"), "--app-dir", broken], { encoding: "utf8" });
    expect(unreadable.status).toBe(1);
    expect(unreadable.stderr).toContain("cannot read the build ID");
    const injected = render("--server-name", "a; include /etc/passwd");
    expect(injected.status).toBe(1);
    expect(injected.stderr).toContain("SERVER_NAME must be one word");
  });
});
