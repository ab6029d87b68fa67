import type { Guide, Modality, Study, Tool } from "./catalog";
import { site } from "../site";
import { studyLink } from "./format";
import { allPrices } from "./markets";
import { collections } from "../content/collections";
import { STUDY_KIND_SCHEMA_TYPES } from "../content/vocabulary";

// schema.org JSON-LD for search engines: Article for guides and methods, Product for tools,
// ScholarlyArticle or WebPage for the works cited (by kind), and the breadcrumb trail every article page shows.

const absolute = (path: string) => new URL(path, site.url).toString();

export function articleJsonLd(entry: Modality | Guide, cited: readonly Study[]) {
  return {
    "@context": "https://schema.org",
    "@type": collections.modalities.schemaOrgType,
    headline: entry.title,
    description: entry.summary,
    dateModified: entry.updated,
    url: absolute(entry.href),
    publisher: { "@type": "Organization", name: site.name },
    citation: cited.map((study) => studyLink(study).href),
  };
}

/** A cited work as schema.org knows it, by its kind (STUDY_KIND_SCHEMA_TYPES), pointing at the work itself. */
export function studyJsonLd(study: Study) {
  return {
    "@context": "https://schema.org",
    "@type": STUDY_KIND_SCHEMA_TYPES[study.kind],
    headline: study.title,
    author: study.authors,
    ...(study.year ? { datePublished: String(study.year) } : {}),
    isPartOf: study.venue,
    url: absolute(study.href),
    sameAs: studyLink(study).href,
  };
}

export function productJsonLd(tool: Tool, modalities: readonly Modality[]) {
  return {
    "@context": "https://schema.org",
    "@type": collections.tools.schemaOrgType,
    name: tool.title,
    description: tool.summary,
    url: absolute(tool.href),
    brand: { "@type": "Brand", name: tool.brand },
    category: modalities[0]?.title,
    additionalProperty: modalities.map((m) => ({ "@type": "PropertyValue", name: "Recovery method", value: m.title, url: absolute(m.href) })),
    ...(allPrices(tool).length
      ? {
          offers: allPrices(tool).map((p) => ({
            "@type": "Offer",
            price: p.amount,
            priceCurrency: p.currency,
            eligibleRegion: p.market === "EU" ? "EU" : p.market === "UK" ? "GB" : p.market,
            description: `Price as published by ${p.source.title} (${p.source.date})`,
          })),
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
