import type { Route } from "next";
import { IntentLink } from "@/components/IntentLink";
import { breadcrumbJsonLd } from "@/lib/catalog/structured-data";
import { JsonLd } from "./JsonLd";

export interface Crumb {
  href: Route;
  label: string;
}

/**
 * The trail above a page; the last crumb is the current page and is not a link. With `path`,
 * the same trail is also given to search engines as BreadcrumbList JSON-LD.
 */
export function Breadcrumbs({ trail, current, path }: { trail: Crumb[]; current: string; path?: string }) {
  return (
    <>
      {path && <JsonLd data={breadcrumbJsonLd([...trail, { href: path, label: current }])} />}
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          {trail.map((c) => (
            <li key={c.href}>
              <IntentLink href={c.href}>{c.label}</IntentLink>
            </li>
          ))}
          <li aria-current="page">{current}</li>
        </ol>
      </nav>
    </>
  );
}
