#!/usr/bin/env node
// Renders deploy/nginx.conf.template into a complete nginx.conf. See deploy/README.md.
//
//   node deploy/render-nginx-conf.mjs [options] [--out FILE]      (stdout without --out)
//
//   --listen PORT|ADDR:PORT  where nginx listens                        (default 80)
//   --upstream ADDR:PORT     where `npm start` listens                  (default 127.0.0.1:3000)
//   --app-dir DIR            the built app: its .next/static is served from disk and its
//                            build ID (.next/serving-manifest.json, written by npm run build)
//                            goes into the cache key                    (default: current directory)
//   --server-name NAME       the site's host name                       (default _, any host)
//   --prefix DIR             run unprivileged: pid file, logs, temp files and cache all go
//                            under DIR, for `nginx -p DIR -c FILE` (tests, benchmark)
//   --cache-dir DIR          the response cache      (default /var/cache/nginx/recovery-guide,
//                                                     or DIR/cache with --prefix)
//   --access-log off         no access log (default: buffered combined log)
//   --rate N                 requests a second one client may make with a query string (default 10)
//   --burst N                of those, how many may come at once and be answered at once (default 40)
//   --queue N                past the burst, how many more are held and answered at the rate
//                            before 429s (default 100; 0 refuses everything past the burst)
//   --include FILE           extra http-level configuration (the benchmark adds a server)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const usage = () =>
  readFileSync(fileURLToPath(import.meta.url), "utf8")
    .split("\nimport ")[0]
    .replace(/^#!.*\n/, "")
    .replace(/^\/\/ ?/gm, "") + "\n";

const fail = (message) => {
  console.error(`render-nginx-conf: ${message}`);
  process.exit(1);
};

let opts;
try {
  opts = parseArgs({
    options: {
      listen: { type: "string", default: "80" },
      upstream: { type: "string", default: "127.0.0.1:3000" },
      "app-dir": { type: "string", default: "." },
      "server-name": { type: "string", default: "_" },
      prefix: { type: "string" },
      "cache-dir": { type: "string" },
      "access-log": { type: "string" },
      include: { type: "string" },
      rate: { type: "string", default: "10" },
      burst: { type: "string", default: "40" },
      queue: { type: "string", default: "100" },
      out: { type: "string" },
      help: { type: "boolean" },
    },
  }).values;
} catch (error) {
  fail(`${error.message}\n\n${usage()}`);
}
if (opts.help) {
  process.stdout.write(usage());
  process.exit(0);
}

const appDir = resolve(opts["app-dir"]);
// The build ID npm run build gave Next, from the manifest it writes last, so a build it did not
// finish is refused here too.
const manifestFile = join(appDir, ".next", "serving-manifest.json");
if (!existsSync(manifestFile)) fail(`no complete production build in ${appDir} (no .next/serving-manifest.json): run \`npm run build\` first.`);
let buildId;
try {
  buildId = JSON.parse(readFileSync(manifestFile, "utf8")).buildId;
} catch (error) {
  fail(`cannot read the build ID from ${manifestFile} (${error.message}): run \`npm run build\` again.`);
}

// Production uses Debian's own locations, so the packaged nginx.service (PIDFile=/run/nginx.pid)
// and logrotate keep working; --prefix keeps everything in one scratch directory instead.
const prefix = opts.prefix && resolve(opts.prefix);
const logDir = prefix ? join(prefix, "logs") : "/var/log/nginx";
const cacheDir = resolve(opts["cache-dir"] ?? (prefix ? join(prefix, "cache") : "/var/cache/nginx/recovery-guide"));

// Single words in the configuration: nginx would read a space, quote, brace or ";" as syntax.
const words = {
  PID_FILE: prefix ? join(prefix, "nginx.pid") : "/run/nginx.pid",
  ERROR_LOG: join(logDir, "error.log"),
  TEMP_DIR: prefix ? join(prefix, "temp") : "/var/lib/nginx",
  CACHE_DIR: cacheDir,
  UPSTREAM: opts.upstream,
  LISTEN: opts.listen,
  SERVER_NAME: opts["server-name"],
  STATIC_DIR: join(appDir, ".next", "static"),
  BUILD_ID: buildId,
};
for (const [key, value] of Object.entries(words)) {
  if (!value || /[;{}"'\s\\$]/.test(value)) fail(`${key} must be one word without quotes, braces, "$" or ";": "${value}"`);
}

for (const key of ["rate", "burst"]) {
  if (!/^[1-9]\d{0,5}$/.test(opts[key])) fail(`--${key} must be a whole number from 1: "${opts[key]}"`);
}
if (!/^(0|[1-9]\d{0,5})$/.test(opts.queue)) fail(`--queue must be a whole number from 0: "${opts.queue}"`);

const values = {
  ...words,
  RATE: opts.rate,
  BURST: opts.burst,
  // nginx's burst counts the requests answered at once (delay=) and the ones held after them.
  HELD: String(Number(opts.burst) + Number(opts.queue)),
  // As root, nginx drops its workers to this user. Debian's packaged setup uses www-data; an
  // unprivileged nginx cannot switch users, while a root one running from a scratch directory
  // (tests in a CI container) keeps root, so its workers can read the checkout and the directory.
  USER: prefix ? (process.getuid?.() === 0 ? "user root;" : "# (unprivileged: workers run as the current user)") : "user www-data;",
  ACCESS_LOG: opts["access-log"] === "off" ? "off" : `${join(logDir, "access.log")} combined buffer=64k flush=5s`,
  INCLUDE: opts.include ? `include ${resolve(opts.include)};` : "# (no extra configuration)",
};

const templateFile = join(dirname(fileURLToPath(import.meta.url)), "nginx.conf.template");
const conf = readFileSync(templateFile, "utf8").replace(/\{\{(\w+)\}\}/g, (_, key) => {
  if (!(key in values)) fail(`the template names an unknown placeholder {{${key}}}`);
  return values[key];
});

// nginx creates the temp and cache directories themselves, but neither their parents nor the
// log directory.
for (const dir of prefix ? [logDir, words.TEMP_DIR, dirname(cacheDir)] : [dirname(cacheDir)]) {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    console.error(`render-nginx-conf: warning: cannot create ${dir} (${error.code}); create it before starting nginx.`);
  }
}

if (opts.out) writeFileSync(opts.out, conf);
else process.stdout.write(conf);
