import { describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/catalog/catalog";
import { articleJsonLd, breadcrumbJsonLd, productJsonLd } from "@/lib/catalog/structured-data";

const catalog = getCatalog();

describe("JSON-LD", () => {
  it("describes a tool as a Product with its brand, methods and published price", () => {
    const tool = catalog.tool("normatec-3")!;
    const data = productJsonLd(tool, catalog.modalitiesForTool("normatec-3"));
    expect(data).toMatchObject({
      "@type": "Product",
      name: "Normatec 3",
      brand: { "@type": "Brand", name: tool.brand },
      category: "Pneumatic compression (recovery boots)",
      url: "http://localhost:3000/tools/normatec-3",
      offers: { "@type": "Offer", price: tool.price!.amount, priceCurrency: tool.price!.currency },
    });
    expect(data.additionalProperty.map((p) => p.value)).toEqual(["Pneumatic compression (recovery boots)"]);
  });

  it("leaves out the offer when no price is published", () => {
    const tool = catalog.tool("theragun-pro")!;
    expect(tool.price).toBeUndefined();
    expect(productJsonLd(tool, catalog.modalitiesForTool(tool.slug))).not.toHaveProperty("offers");
  });

  it("describes a method as an Article citing its references", () => {
    const m = catalog.modality("cold-water-immersion")!;
    const data = articleJsonLd(m, catalog.studiesCitedBy("modalities", m.slug));
    expect(data).toMatchObject({ "@type": "Article", headline: m.title, dateModified: m.updated });
    expect(data.citation).toContain("https://doi.org/10.1007/s40279-015-0431-7");
  });

  it("numbers the breadcrumb trail from 1 with absolute URLs", () => {
    expect(breadcrumbJsonLd([{ href: "/", label: "Home" }, { href: "/tools", label: "Tools" }]).itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Home", item: "http://localhost:3000/" },
      { "@type": "ListItem", position: 2, name: "Tools", item: "http://localhost:3000/tools" },
    ]);
  });
});
