import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { Providers } from "./providers";

export const metadata: Metadata = {
  title: { default: "Team Console · Jorge Salas Real Estate", template: "%s · Team Console" },
  description: "Run Jorge's team of AI agents and team members as one coordinated business.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#142a55" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
