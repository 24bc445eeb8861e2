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
