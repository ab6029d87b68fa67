import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { FEED_LINKS } from "@/lib/web/metadata";
import { site } from "@/lib/site";
import { publicSans } from "@/styles/fonts";
import "@/styles/tokens.css";
import "./globals.css";
import "@/styles/tables.css";
import "@/styles/layout.css";
import "@/styles/forms.css";
import "@/styles/article.css";
import "@/styles/home.css";
import "@/styles/cards.css";
import "@/styles/body-map.css";
import "@/styles/planner.css";
import "@/styles/evidence.css";
import "@/styles/compare.css";
import "@/styles/search.css";

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s · ${site.shortName}` },
  description: site.description,
  openGraph: { siteName: site.name, locale: "en_US", type: "website" },
  alternates: { types: FEED_LINKS },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={publicSans.variable}>
      <body>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
