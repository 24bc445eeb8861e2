import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from its own package folder; bundling it breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "bcryptjs", "zipcodes", "pg-boss"],
  poweredByHeader: false,
  // A second build folder lets a benchmark or test build run beside the usual one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
