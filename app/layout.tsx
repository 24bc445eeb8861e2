import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import Script from "next/script";
import type { ReactNode } from "react";
import { NONCE_HEADER, ZOD_JITLESS_SCRIPT } from "@/lib/http/security-headers";
import "./globals.css";
import { Providers } from "./providers";

export const metadata: Metadata = {
  title: { default: "Team Console · Jorge Salas Real Estate", template: "%s · Team Console" },
  description: "Run Jorge's team of AI agents and team members as one coordinated business.",
  applicationName: "Team Console",
  // Listing icons here replaces the links Next.js would add for app/icon.svg, so all three are named:
  // the drawing itself, the .ico for browsers without SVG favicons, and the PNG for iOS's home screen.
  icons: {
    icon: [{ url: "/icon.svg", type: "image/svg+xml", sizes: "any" }, { url: "/favicon.ico", sizes: "16x16 32x32 48x48" }],
    apple: [{ url: "/apple-touch-icon.png", sizes: "180x180" }],
  },
  appleWebApp: { capable: true, title: "Team Console", statusBarStyle: "default" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#142a55" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request's nonce also renders every page per request, the not-found page
  // included: a page prerendered at build time would carry no nonce and its scripts would be blocked.
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    <html lang="en">
      <body>
        <Script id="zod-jitless" strategy="beforeInteractive" nonce={nonce}>{ZOD_JITLESS_SCRIPT}</Script>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
