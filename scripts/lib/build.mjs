import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..", "..");
const SOURCES = ["app", "components", "lib", "public", "next.config.ts", "package.json", "package-lock.json", "instrumentation.ts", "proxy.ts", "postcss.config.mjs"];

function newestMtime(full) {
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(full).reduce((max, name) => Math.max(max, newestMtime(path.join(full, name))), stat.mtimeMs);
}

/** True when there is no production build or a source is newer than it. */
export function needsBuild() {
  const marker = path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (!existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built);
}

export const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
