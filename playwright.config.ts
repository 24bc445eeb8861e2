import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT || 3100);
// A local GoHighLevel the console sends to; the conversation journey reads what it received.
const ghlPort = Number(process.env.E2E_GHL_PORT || port + 190);
process.env.E2E_GHL_PORT = String(ghlPort);
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const launchOptions = {
  executablePath: chromium,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
};
const desktop = { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 }, launchOptions };
const phone = { ...devices["Pixel 7"], viewport: { width: 390, height: 844 }, launchOptions };

export default defineConfig({
  testDir: "e2e",
  // Runs side by side (several build folders and ports) each keep their own results.
  outputDir: process.env.E2E_OUTPUT_DIR || "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: { baseURL: `http://localhost:${port}`, trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [
    { name: "sign-in", testMatch: /auth\.setup\.ts/, use: desktop },
    { name: "anonymous", testMatch: /(login|security-headers)\.spec\.ts/, use: desktop },
    { name: "overseer-desktop", testMatch: /overseer\.spec\.ts/, dependencies: ["sign-in"], use: { ...desktop, storageState: "e2e/.auth/overseer.json" } },
    { name: "overseer-phone", testMatch: /overseer\.spec\.ts/, dependencies: ["sign-in"], use: { ...phone, storageState: "e2e/.auth/overseer.json" } },
    { name: "member-desktop", testMatch: /member\.spec\.ts/, dependencies: ["sign-in"], use: { ...desktop, storageState: "e2e/.auth/member.json" } },
    { name: "member-phone", testMatch: /member\.spec\.ts/, dependencies: ["sign-in"], use: { ...phone, storageState: "e2e/.auth/member.json" } },
    { name: "access-matrix", testMatch: /access-matrix\.spec\.ts/, dependencies: ["sign-in"], use: desktop },
  ],
  webServer: [{
    command: `node --import tsx scripts/fake-ghl.ts --port ${ghlPort}`,
    url: `http://127.0.0.1:${ghlPort}/__sent`,
    timeout: 30_000,
    reuseExistingServer: false,
    stdout: "pipe",
  }, {
    command: "node scripts/start.mjs",
    url: `http://localhost:${port}/login`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      PGLITE_DIR: process.env.E2E_PGLITE_DIR || ".data/e2e",
      AUTH_SECRET: "e2e-only-secret-not-for-production-000000000",
      GHL_API_BASE_URL: `http://127.0.0.1:${ghlPort}`,
      GHL_PRIVATE_TOKEN: "pit-e2e-local-ghl-token",
      // The browser tests sign in as the demo team, which PostgreSQL gets only when asked for.
      ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL, DEMO_SEED: "true" } : {}),
    },
  }],
});
