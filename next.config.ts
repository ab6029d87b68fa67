import type { NextConfig } from "next";
import { keptQueryRewrites } from "./lib/web/kept-query-routes";

// Headers every response carries. The Content-Security-Policy differs per page (it names each
// page's inline scripts), so proxy.ts sets it.
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "X-Frame-Options", value: "DENY" },
];

// Set by `npm run build` (scripts/build.ts) for `next build`, and written into the serving manifest
// it makes next: the proxy, which has it built in, refuses a manifest made for another build.
const BUILD_ID = process.env.RECOVERY_BUILD_ID;

const nextConfig: NextConfig = {
  // The build benchmark builds generated sites beside the real build, never over it.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  experimental: {
    // Pages rendered after the build (kept comparisons, searches, finder answers, plans) stay in
    // each server process's memory (Next's LRU, 50 MB) and are never written into the build.
    // `npm start` runs several server processes on one build (scripts/start.mjs), and Next
    // writes its files in place: one process could read a page another is half-way through
    // writing, and nginx would keep it. Prerendered pages are read from the build as before.
    // tests/browser/kept-query-pages.spec.ts checks that serving writes nothing.
    isrFlushToDisk: false,
  },
  typedRoutes: true,
  // `npm test` type-checks the tree (`npm run typecheck`) before the browser tests build it twice,
  // once per site; they set RECOVERY_SKIP_BUILD_TYPECHECK so those builds do not check it again
  // (about 15 s each here). Every other `next build`, `npm run build` included, checks it.
  typescript: { ignoreBuildErrors: process.env.RECOVERY_SKIP_BUILD_TYPECHECK === "1" },
  generateBuildId: async () => BUILD_ID ?? null,
  env: { RECOVERY_BUILD_ID: BUILD_ID ?? "" },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
  // Products no maker could be identified for have no page; their old addresses lead to the
  // honest mention on the method page instead. A study record merged into another leads to it.
  async redirects() {
    return [
      { source: "/tools/cryopush", destination: "/modalities/local-cold-therapy#cryopush-and-thermosleeve", permanent: true },
      { source: "/tools/thermosleeve", destination: "/modalities/local-cold-therapy#cryopush-and-thermosleeve", permanent: true },
      { source: "/tools/blue-steel-anti-chafe", destination: "/modalities/chafing-care#blue-steel-anti-chafe-cream", permanent: true },
      // One 2006 Compex manual had two records (two hosts of the same document); the one kept is cited everywhere.
      { source: "/studies/compex-2006", destination: "/studies/compex-manual", permanent: true },
    ];
  },
  // A finder or search query proxy.ts chose to keep goes to the route that keeps it (lib/web/kept-query-routes.ts).
  async rewrites() {
    return { beforeFiles: keptQueryRewrites(), afterFiles: [], fallback: [] };
  },
};

export default nextConfig;
