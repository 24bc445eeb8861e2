import { expect, test, type APIResponse, type Browser, type Page, type PlaywrightWorkerArgs } from "@playwright/test";
import { overseer } from "./accounts";
import { navigate } from "./nav";
import { signIn } from "./sign-in";

const SPOOFED = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-forwarded-for": "6.6.6.6" };

/** The headers every response must carry, whatever produced it. */
function expectStaticHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toBeUndefined();
}

function nonceOf(response: APIResponse): string {
  const csp = response.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).not.toContain("upgrade-insecure-requests");
  return /'nonce-([^']+)'/.exec(csp)?.[1] ?? "";
}

/** Records every CSP violation and uncaught error of the page, from its first document on. */
async function watchForViolations(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy|Permissions.Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  await page.exposeFunction("reportCspViolation", (text: string) => problems.push(`violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(`${location.pathname}: ${event.violatedDirective} ${event.blockedURI} from ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return problems;
}

/** The login form's fields as the server renders them (hidden action fields included), filled in. */
async function filledLoginForm(browser: Browser): Promise<Record<string, string>> {
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const page = await plain.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(overseer.email);
  await page.getByLabel("Password").fill(overseer.password);
  const fields = await page.locator("form").evaluate((form) => Object.fromEntries(new FormData(form as HTMLFormElement)) as Record<string, string>);
  await plain.close();
  return fields;
}

/** Posts the login form as a browser without scripts would, with no Origin header. */
async function postSignIn(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const client = await playwright.request.newContext({ baseURL });
  const response = await client.post("/login", { multipart: fields, headers, maxRedirects: 0 });
  const result = { status: response.status(), location: response.headers()["location"] ?? "" };
  await client.dispose();
  return result;
}

test.describe("security headers", () => {
  // The first sign-in after the server starts loads the auth and database modules, which can take
  // longer than the sign-in helper waits; one sign-in here gets that out of the way.
  test.beforeAll(async ({ browser, playwright, baseURL }) => {
    expect((await postSignIn(playwright, baseURL!, await filledLoginForm(browser))).status).toBe(303);
  });

  test("the login page, an API route and a static file carry the security headers", async ({ request }) => {
    const login = await request.get("/login");
    expectStaticHeaders(login);
    const nonce = nonceOf(login);
    const html = await login.text();
    expect(html).toContain(`nonce="${nonce}"`);
    expect(nonceOf(await request.get("/login"))).not.toBe(nonce);

    const api = await request.get("/api/events");
    expect(api.status()).toBe(401);
    expectStaticHeaders(api);
    nonceOf(api);

    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const asset = await request.get(script!);
    expect(asset.ok()).toBe(true);
    expectStaticHeaders(asset);
    expect(asset.headers()["content-security-policy"]).toContain("default-src 'none'");
  });

  test("the icons and the web app manifest load without signing in, with their content types", async ({ request }) => {
    const html = await (await request.get("/login")).text();
    const linked = (rel: string) => new RegExp(`<link rel="${rel}" href="([^"]+)"`).exec(html)?.[1];
    expect(linked("manifest")).toBe("/manifest.webmanifest");
    expect(linked("apple-touch-icon")).toBe("/apple-touch-icon.png");
    expect(html).toMatch(/<link rel="icon" href="\/icon\.svg"[^>]*type="image\/svg\+xml"/);
    expect(html).toContain('<link rel="icon" href="/favicon.ico"');

    const manifest = await request.get("/manifest.webmanifest");
    expect(manifest.status()).toBe(200);
    expect(manifest.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
    const body = (await manifest.json()) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string; type: string; purpose: string }[] };
    expect(body).toMatchObject({ name: "Jorge's Team Console", start_url: "/", display: "standalone" });
    expect(body.icons.filter((icon) => icon.purpose === "maskable").map((icon) => icon.sizes).sort()).toEqual(["192x192", "512x512"]);

    const pngs = [...body.icons.map((icon) => ({ src: icon.src, size: Number(icon.sizes.split("x")[0]) })), { src: "/apple-touch-icon.png", size: 180 }];
    for (const { src, size } of pngs) {
      const icon = await request.get(src);
      expect(icon.status(), src).toBe(200);
      expect(icon.headers()["content-type"], src).toBe("image/png");
      const bytes = await icon.body();
      // A PNG's IHDR chunk holds its width and height right after the 16-byte signature and chunk header.
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], `${src} pixels`).toEqual([size, size]);
      expectStaticHeaders(icon);
    }
    const favicon = await request.get("/favicon.ico");
    expect(favicon.status()).toBe(200);
    expect(favicon.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
    const svg = await request.get("/icon.svg");
    expect(svg.status()).toBe(200);
    expect(svg.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
  });

  test("a spoofed X-Forwarded-Proto over plain HTTP gets no HSTS", async ({ request }) => {
    const login = await request.get("/login", { headers: SPOOFED });
    expectStaticHeaders(login);
    nonceOf(login);
  });

  test("the overseer's pages render and hydrate with no CSP violation", async ({ page }) => {
    const problems = await watchForViolations(page);
    await signIn(page, overseer.email, overseer.password);
    await expect(page.getByRole("heading", { name: "Team overview" })).toBeVisible();
    await expect(page.getByTestId("pipeline-Seller pipeline").locator("svg.recharts-surface")).toBeVisible();
    // The indicator renders only after hydration, and reads "live" once the EventSource is open.
    await expect(page.getByTestId("live-status")).toHaveAttribute("data-state", "live");

    await navigate(page, "Clients");
    await expect(page.getByTestId("client-row").first()).toBeVisible();
    await page.getByTestId("client-row").first().getByRole("link").click();
    await expect(page.getByRole("heading", { name: "Timeline" })).toBeVisible();
    await page.getByRole("textbox", { name: "Note", exact: true }).fill("Checked under the content security policy.");
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(page.getByText("Note added.")).toBeVisible();

    await navigate(page, "Settings");
    const expertise = page.getByLabel(/Expertise match/);
    await expertise.fill("0.9");
    await expect(page.getByTestId("weights-sum")).toContainText("(must be 1)");

    const missing = await page.goto("/no-such-page");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: /not found/i })).toBeVisible();

    await page.goto("/");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/reason=signed-out/);
    expect(problems).toEqual([]);
  });

  test("a spoofed X-Forwarded-Host cannot move the sign-in redirect", async ({ browser, baseURL, playwright }) => {
    const consoleHost = new URL(baseURL!).host;
    // A request with no Origin passes the server-action origin check, so the host decides.
    const { status, location } = await postSignIn(playwright, baseURL!, await filledLoginForm(browser), SPOOFED);
    expect(status).toBe(303);
    expect(new URL(location, baseURL).host).toBe(consoleHost);

    // A browser behind the same spoofed header signs in and stays on the console.
    const spoofed = await browser.newContext({ extraHTTPHeaders: SPOOFED });
    const page = await spoofed.newPage();
    await signIn(page, overseer.email, overseer.password);
    expect(new URL(page.url()).host).toBe(consoleHost);
    await expect(page.getByRole("heading", { name: "Team overview" })).toBeVisible();
    await spoofed.close();
  });
});
