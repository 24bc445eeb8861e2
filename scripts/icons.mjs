#!/usr/bin/env node
/**
 * Renders the console's icons from the one drawing in app/icon.svg with Chromium (Playwright):
 * the favicon, the Apple touch icon and the web app manifest's icons, into public/. Run it after
 * changing the drawing: `node scripts/icons.mjs`, then commit the files it writes.
 *
 * "any" icons keep the drawing's rounded corners on a transparent background. Full-bleed icons
 * (Apple touch, maskable) fill the square with the drawing's background colour, so a phone can
 * cut any shape out of them; the maskable ones shrink the mark to 80% so it stays inside the
 * safe circle (40% of the size from the centre) every mask keeps.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { root } from "./lib/build.mjs";

const svg = readFileSync(path.join(root, "app", "icon.svg"), "utf8");
const background = /<rect[^>]*fill="(#[0-9a-fA-F]{3,8})"/.exec(svg)?.[1];
if (!background) throw new Error("app/icon.svg must start with a <rect> whose fill is the icon's background colour");
const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;

const ICONS = [
  { file: "public/icons/icon-192.png", size: 192, bleed: false, scale: 1 },
  { file: "public/icons/icon-512.png", size: 512, bleed: false, scale: 1 },
  { file: "public/icons/icon-maskable-192.png", size: 192, bleed: true, scale: 0.8 },
  { file: "public/icons/icon-maskable-512.png", size: 512, bleed: true, scale: 0.8 },
  { file: "public/apple-touch-icon.png", size: 180, bleed: true, scale: 1 },
];
const FAVICON_SIZES = [16, 32, 48];

/** The drawing as a PNG of size x size pixels. */
async function render(page, { size, bleed, scale }) {
  await page.setViewportSize({ width: size, height: size });
  const mark = Math.round(size * scale);
  await page.setContent(
    `<html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${bleed ? background : "transparent"}">` +
      `<img src="${source}" width="${mark}" height="${mark}" alt=""></body></html>`,
  );
  await page.locator("img").evaluate((img) => img.decode());
  return page.screenshot({ omitBackground: !bleed, type: "png" });
}

/** An .ico file holding PNG images (read by every current browser), smallest first. */
function icoOf(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

function write(file, bytes) {
  const target = path.join(root, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, bytes);
  console.log(`${file} (${bytes.length.toLocaleString("en-US")} bytes)`);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const icon of ICONS) write(icon.file, await render(page, icon));
  const favicons = [];
  for (const size of FAVICON_SIZES) favicons.push({ size, png: await render(page, { size, bleed: false, scale: 1 }) });
  write("public/favicon.ico", icoOf(favicons));
} finally {
  await browser.close();
}
