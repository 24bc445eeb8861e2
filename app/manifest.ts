import type { MetadataRoute } from "next";

/** The console's brand colours: the shell's dark blue bar and its light page background. */
const THEME_COLOR = "#142a55";
const BACKGROUND_COLOR = "#f8fafc";

/**
 * The web app manifest (/manifest.webmanifest), so the console can be added to a phone's home
 * screen and opens there full screen. The icons are rendered from app/icon.svg by scripts/icons.mjs.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Jorge's Team Console",
    short_name: "Team Console",
    description: "Run Jorge's team of AI agents and team members as one coordinated business.",
    id: "/",
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "any",
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
