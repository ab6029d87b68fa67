import type { Guide, Modality, Study, Tool } from "./catalog";
import { site } from "../site";
import { studyLink } from "./format";
import { allPrices } from "./markets";
import { collections } from "../content/collections";
import type { StudyKind } from "../content/vocabulary";

// schema.org JSON-LD for search engines: Article for guides and methods, Product for tools,
// ScholarlyArticle for research (WebPage for the other works cited), and the breadcrumb trail every article page shows.

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

/** The kinds of cited work that are not scholarship: calling them a ScholarlyArticle would pass them off as research. */
const WEB_PAGE_KINDS: ReadonlySet<StudyKind> = new Set(["maker", "health-service", "regulator-record", "editorial-review"]);

/**
 * A cited work as schema.org knows it: research, reviews and position stands are
 * ScholarlyArticles; a maker's manual, a health service's advice, a regulator's record or a
 * magazine review is a web page.
 */
export function studyJsonLd(study: Study) {
  return {
    "@context": "https://schema.org",
    "@type": WEB_PAGE_KINDS.has(study.kind) ? "WebPage" : collections.studies.schemaOrgType,
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
