import { expect, test } from "@playwright/test";

test("the overseer pastes a location's GoHighLevel token, sees only its last four, and removes it", async ({ page }, testInfo) => {
  const stamp = Date.now().toString(36);
  const locationId = `loc${stamp}send`;
  const token = `pit-${stamp}-0000-4000-8000-${stamp.slice(-4)}wxyz`;

  await page.goto("/settings");
  const locations = page.locator("#ghl-locations");
  await locations.getByLabel("Location id").fill(locationId);
  await locations.getByRole("button", { name: "Add location" }).click();
  await expect(locations.getByTestId("ghl-location").filter({ hasText: locationId })).toBeVisible();

  const sending = page.locator("#ghl-sending");
  const row = sending.getByTestId("ghl-token-location").filter({ hasText: locationId });
  // The browser tests' console has a server-wide token (GHL_PRIVATE_TOKEN) for its local GoHighLevel.
  const unstored = process.env.E2E_GHL_PORT ? "Uses the server's token" : "No token: not connected";
  await expect(row.getByTestId("ghl-token-status")).toHaveText(unstored);
  await row.getByLabel("Private Integration token").fill("too short");
  await row.getByRole("button", { name: "Save token" }).click();
  await expect(row.getByRole("alert")).toContainText("no spaces");
  await row.getByLabel("Private Integration token").fill(token);
  await row.getByRole("button", { name: "Save token" }).click();
  await expect(row.getByTestId("ghl-token-status")).toHaveText("Token …wxyz");
  await expect(row.getByLabel("Replace with a new token")).toHaveValue("");
  await page.reload();
  await expect(row.getByTestId("ghl-token-status")).toHaveText("Token …wxyz");
  expect(await page.content()).not.toContain(token);
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath(`ghl-sending-${testInfo.project.name}.png`), fullPage: false });

  await row.getByRole("button", { name: `Remove the token of ${locationId}` }).click();
  await row.getByRole("button", { name: "Yes, remove" }).click();
  await expect(row.getByTestId("ghl-token-status")).toHaveText(unstored);

  const connected = page.locator("#ghl-locations").getByTestId("ghl-location").filter({ hasText: locationId });
  await connected.getByRole("button", { name: `Remove ${locationId}` }).click();
  await connected.getByRole("button", { name: "Yes, remove" }).click();
  await expect(connected).toHaveCount(0);
});
