import { describe, expect, it } from "vitest";
import { articleJsonLd, breadcrumbJsonLd, productJsonLd, studyJsonLd } from "@/lib/catalog/structured-data";
import { siteCatalog } from "../fixtures/catalogs";
import type { Study } from "@/lib/catalog/catalog";

const catalog = siteCatalog();
const product = (slug: string) => productJsonLd(catalog.tool(slug)!, catalog.modalitiesForTool(slug));

describe("JSON-LD", () => {
  it("describes a tool as a Product with its brand, methods and one offer per market it is priced in, each in that market's currency", () => {
    expect(product("air-relief-boots")).toMatchObject({
      "@type": "Product",
      name: "Air Relief Boots",
      description: "Full-leg compression boots with five chambers, a battery and an app.",
      brand: { "@type": "Brand", name: "Airwave" },
      category: "Pneumatic compression",
      url: "http://localhost:3000/tools/air-relief-boots",
    });
    expect(product("air-relief-boots").offers).toEqual([
      { "@type": "Offer", price: 799, priceCurrency: "USD", eligibleRegion: "US", description: "Price as published by Airwave online store (2026-11-02)" },
      { "@type": "Offer", price: 699, priceCurrency: "GBP", eligibleRegion: "GB", description: "Price as published by Runner's Kit UK review (n.d.)" },
    ]);
    expect(product("travel-boots").offers).toEqual([
      { "@type": "Offer", price: 349, priceCurrency: "GBP", eligibleRegion: "GB", description: "Price as published by Airwave UK store (2026-10-10)" },
    ]);
  });

  it("names every method a tool delivers, its main one as the category", () => {
    const data = product("vibe-ball");
    expect(data.category).toBe("Percussion massage");
    expect(data.additionalProperty).toEqual([
      { "@type": "PropertyValue", name: "Recovery method", value: "Percussion massage", url: "http://localhost:3000/modalities/percussion-massage" },
      { "@type": "PropertyValue", name: "Recovery method", value: "Foam rolling", url: "http://localhost:3000/modalities/foam-rolling" },
    ]);
    expect(data.offers).toMatchObject([
      { price: 39, priceCurrency: "EUR", eligibleRegion: "EU" },
      { price: 69, priceCurrency: "AUD", eligibleRegion: "AU" },
    ]);
  });

  it("leaves out the offer when no price is published", () => {
    expect(product("ice-tub")).not.toHaveProperty("offers");
  });

  it("describes a method or guide as an Article citing each study it cites by DOI, or by URL when it has none", () => {
    const cwi = articleJsonLd(catalog.modality("cold-water-immersion")!, catalog.studiesCitedBy("modalities", "cold-water-immersion"));
    expect(cwi).toMatchObject({
      "@type": "Article",
      headline: "Cold water immersion",
      dateModified: "2026-11-20",
      url: "http://localhost:3000/modalities/cold-water-immersion",
    });
    // the reference list first, then the studies its evidence entries add, each once
    expect(cwi.citation).toEqual([
      "https://doi.org/10.1007/s40279-015-0431-7",
      "https://doi.org/10.3389/fphys.2018.00403",
      "https://doi.org/10.1113/JP270570",
      "https://doi.org/10.1371/journal.pone.0207313",
      "https://doi.org/10.1007/s40279-020-01362-0",
    ]);
    const methodology = articleJsonLd(catalog.guide("methodology")!, catalog.studiesCitedBy("guides", "methodology"));
    expect(methodology.citation).toEqual(["https://gdt.gradepro.org/app/handbook/handbook.html"]);
  });

  it("describes research, scholarly reviews and position stands as ScholarlyArticles and a maker's manual, health-service page, regulator record or magazine review as a WebPage, each pointing at the work itself, dated only when it has a year", () => {
    expect(studyJsonLd(catalog.study("roberts-2015")!)).toEqual({
      "@context": "https://schema.org",
      "@type": "ScholarlyArticle",
      headline: "Post-exercise cold water immersion attenuates acute anabolic signalling and long-term adaptations in muscle to strength training",
      author: "Roberts LA, et al.",
      datePublished: "2015",
      isPartOf: "The Journal of Physiology 593(18):4285-4301",
      url: "http://localhost:3000/studies/roberts-2015",
      sameAs: "https://doi.org/10.1113/JP270570",
    });
    const manual = studyJsonLd(catalog.study("airwave-manual")!);
    expect(manual["@type"]).toBe("WebPage");
    expect(["fullagar-2015", "thomas-2016"].map((slug) => studyJsonLd(catalog.study(slug)!)["@type"])).toEqual(["ScholarlyArticle", "ScholarlyArticle"]);
    const asKind = (kind: Study["kind"]) => studyJsonLd({ ...catalog.study("airwave-manual")!, kind })["@type"];
    expect((["health-service", "regulator-record", "editorial-review"] as const).map(asKind)).toEqual(["WebPage", "WebPage", "WebPage"]);
    expect(manual).not.toHaveProperty("datePublished");
  });

  it("numbers the breadcrumb trail from 1 with absolute URLs", () => {
    expect(breadcrumbJsonLd([{ href: "/", label: "Home" }, { href: "/tools", label: "Tools" }]).itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Home", item: "http://localhost:3000/" },
      { "@type": "ListItem", position: 2, name: "Tools", item: "http://localhost:3000/tools" },
    ]);
  });
});
