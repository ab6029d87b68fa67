import type { NextConfig } from "next";
import { keptComparisonRewrites } from "./lib/web/kept-comparison-route";

// Headers every response carries. The Content-Security-Policy differs per page (it names each
// page's inline scripts), so proxy.ts sets it.
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "X-Frame-Options", value: "DENY" },
];

const nextConfig: NextConfig = {
  // The build benchmark builds generated sites beside the real build, never over it.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  typedRoutes: true,
  async rewrites() {
    return { beforeFiles: keptComparisonRewrites(), afterFiles: [], fallback: [] };
  },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
