import localFont from "next/font/local";

// The site's typeface, served from this site (no third-party request). Next preloads it on the
// pages it renders ahead, so their first layout already has it; pages rendered per request get it
// from the stylesheet (DESIGN.md). Public Sans is the U.S. Web Design System's face: plain, legible
// at small sizes, with tabular figures for the comparison tables. Two weights, Latin only: other
// glyphs (ś, ₹) fall back to the system face, and the site's own arrows and stars are drawn
// (components/Mark.tsx). Italic is synthesised; the site uses it rarely.
export const publicSans = localFont({
  src: [
    { path: "../node_modules/@fontsource/public-sans/files/public-sans-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/public-sans/files/public-sans-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-face",
  display: "swap",
});
