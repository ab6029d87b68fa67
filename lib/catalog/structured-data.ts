import type { Guide, Modality, Tool } from "./catalog";
import { site } from "../site";

// schema.org JSON-LD for search engines: Article for guides and methods, Product for tools,
// and the breadcrumb trail every article page shows.

const absolute = (path: string) => new URL(path, site.url).toString();

export function articleJsonLd(entry: Modality | Guide, path: string) {
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: entry.title,
    description: entry.summary,
    dateModified: entry.updated,
    url: absolute(path),
    publisher: { "@type": "Organization", name: site.name },
    citation: entry.references.map((r) => (r.doi ? `https://doi.org/${r.doi}` : r.url)),
  };
}

export function productJsonLd(tool: Tool, modalities: readonly Modality[], path: string) {
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: tool.title,
    description: tool.summary,
    url: absolute(path),
    brand: { "@type": "Brand", name: tool.brand },
    category: modalities[0]?.title,
    additionalProperty: modalities.map((m) => ({ "@type": "PropertyValue", name: "Recovery method", value: m.title, url: absolute(`/modalities/${m.slug}`) })),
    ...(tool.price
      ? {
          offers: {
            "@type": "Offer",
            price: tool.price.amount,
            priceCurrency: tool.price.currency,
            description: `Price as published by ${tool.price.source}, checked ${tool.price.checked}`,
          },
        }
      : {}),
  };
}

export function breadcrumbJsonLd(trail: { href: string; label: string }[]) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((c, i) => ({ "@type": "ListItem", position: i + 1, name: c.label, item: absolute(c.href) })),
  };
}
