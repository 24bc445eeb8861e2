import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from its own package folder; bundling it breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "bcryptjs", "zipcodes"],
  poweredByHeader: false,
};

export default nextConfig;
