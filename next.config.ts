import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: true,
  // Content is read from content/ at build time; keep the Markdown files out of the server bundle trace.
  outputFileTracingExcludes: { "*": ["./tests/**", "./scripts/**"] },
};

export default nextConfig;
