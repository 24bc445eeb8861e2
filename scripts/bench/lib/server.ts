/**
 * The production server under test: built into its own folder when the sources are newer than
 * that build, started in its own process group and stopped with the whole group, so no
 * next-server outlives the benchmark.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..", "..", "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const SOURCES = ["app", "components", "lib", "public", "next.config.ts", "package.json", "package-lock.json", "instrumentation.ts", "postcss.config.mjs"];

function newestMtime(full: string): number {
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(full).reduce((max, name) => Math.max(max, newestMtime(path.join(full, name))), stat.mtimeMs);
}

/** True when `distDir` holds no build or a source is newer than it (as scripts/lib/build.mjs decides). */
export function needsBuild(distDir: string): boolean {
  const marker = path.join(root, distDir, "BUILD_ID");
  if (!existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built);
}

/**
 * Builds into `distDir` when needed. A build into another folder makes Next point tsconfig.json
 * and next-env.d.ts at that folder; both are put back afterwards, and tsconfig.json only when
 * Next's additions are its sole change.
 */
export function buildIfNeeded(distDir: string, env: NodeJS.ProcessEnv): boolean {
  if (!needsBuild(distDir)) return false;
  const files = ["tsconfig.json", "next-env.d.ts"].map((name) => path.join(root, name));
  const before = files.map((file) => (existsSync(file) ? readFileSync(file, "utf8") : null));
  const result = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit", env: { ...env, NEXT_DIST_DIR: distDir } });
  files.forEach((file, i) => {
    const original = before[i] ?? null;
    if (original === null || !existsSync(file)) return;
    const now = readFileSync(file, "utf8");
    if (now === original) return;
    if (file.endsWith(".json") && !onlyAddsInclude(original, now, distDir)) return console.warn(`${path.basename(file)} changed during the build; left as it is.`);
    writeFileSync(file, original);
  });
  if (result.status !== 0) throw new Error(`The production build failed (exit ${result.status ?? result.signal})`);
  return true;
}

function onlyAddsInclude(original: string, now: string, distDir: string): boolean {
  try {
    const after = JSON.parse(now) as { include?: string[] };
    after.include = after.include?.filter((entry) => !entry.startsWith(`${distDir}/`));
    return JSON.stringify(after) === JSON.stringify(JSON.parse(original));
  } catch {
    return false;
  }
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  /** The last lines the server printed, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts `next start` detached (its own process group) and resolves once it answers HTTP. */
export async function startServer(port: number, env: NodeJS.ProcessEnv, readyPath: string): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // The group is already gone.
    }
  };
  process.once("exit", () => killGroup("SIGKILL"));
  const server: RunningServer = {
    url: `http://127.0.0.1:${port}`,
    output: () => lines.slice(-40).join("\n"),
    async stop() {
      killGroup("SIGTERM");
      const timer = setTimeout(() => killGroup("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
      killGroup("SIGKILL");
    },
  };
  for (const started = Date.now(); Date.now() - started < 60_000; await new Promise((r) => setTimeout(r, 250))) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The server exited before answering:\n${server.output()}`);
    const answered = await fetch(`${server.url}${readyPath}`).then(() => true, () => false);
    if (answered) return server;
  }
  await server.stop();
  throw new Error(`The server did not answer within 60 s:\n${server.output()}`);
}
