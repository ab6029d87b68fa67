import { afterEach, describe, expect, it, vi } from "vitest";
import * as guidesImage from "@/app/guides/opengraph-image";
import * as modalitiesImage from "@/app/modalities/opengraph-image";
import * as siteImage from "@/app/opengraph-image";
import * as studiesImage from "@/app/studies/opengraph-image";
import * as toolImage from "@/app/tools/[slug]/opengraph-image";
import * as toolsImage from "@/app/tools/opengraph-image";
import { site } from "@/lib/site";
import { importAs } from "../fixtures/catalogs";

// The fixture site's published entries; each collection also holds a draft.
const PUBLISHED = {
  modalities: ["cold-water-immersion", "cryotherapy-chamber", "foam-rolling", "nutrition", "percussion-massage", "pneumatic-compression", "sleep"],
  tools: ["air-relief-boots", "foam-roller", "ice-tub", "ice-tub-classic", "thump-gun", "travel-boots", "vibe-ball", "vibe-roller"],
  guides: ["choosing-recovery-boots", "methodology", "recovery-foundations"],
  studies: [
    "airwave-manual",
    "brennan-2020",
    "clarke-2016",
    "costello-2015",
    "dupuy-2018",
    "fullagar-2015",
    "grade-handbook",
    "lindqvist-2024",
    "machado-2016",
    "malta-2021",
    "okafor-2022",
    "reyes-2023",
    "roberts-2015",
    "thomas-2016",
    "wiewelhove-2018",
    "wiewelhove-2019",
  ],
};

/** Each collection's article page and image route, loaded as `next build` or `next dev` runs them. */
const articleRoutes = (mode: "production" | "development") =>
  importAs(mode, async () => ({
    modalities: { page: await import("@/app/modalities/[slug]/page"), image: await import("@/app/modalities/[slug]/opengraph-image") },
    tools: { page: await import("@/app/tools/[slug]/page"), image: await import("@/app/tools/[slug]/opengraph-image") },
    guides: { page: await import("@/app/guides/[slug]/page"), image: await import("@/app/guides/[slug]/opengraph-image") },
    studies: { page: await import("@/app/studies/[slug]/page"), image: await import("@/app/studies/[slug]/opengraph-image") },
  }));

const slugsOf = (params: { slug: string }[]) => params.map((p) => p.slug).sort();
const props = (slug: string) => ({ params: Promise.resolve({ slug }) });
const NOT_FOUND = { digest: expect.stringMatching(/HTTP_ERROR_FALLBACK;404/) };

afterEach(() => vi.unstubAllEnvs());

describe("the article image routes", () => {
  it("prerender an image for exactly the published entries of their collection, the ones their pages prerender, and no other slug", async () => {
    const routes = await articleRoutes("production");
    for (const collection of ["modalities", "tools", "guides", "studies"] as const) {
      const { page, image } = routes[collection];
      expect(slugsOf(image.generateStaticParams()), collection).toEqual(PUBLISHED[collection]);
      expect(slugsOf(page.generateStaticParams()), collection).toEqual(PUBLISHED[collection]);
      expect([image.dynamicParams, page.dynamicParams], collection).toEqual([false, false]);
    }
  });

  it("draw the card as a 1200x630 PNG", async () => {
    const response = await toolImage.default(props("air-relief-boots"));
    expect(response.headers.get("content-type")).toBe("image/png");
    const png = Buffer.from(await response.arrayBuffer());
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]); // the IHDR chunk's width and height
  });

  it("answer a draft with a 404 even in development, where its page is shown", async () => {
    const { modalities, tools, studies } = await articleRoutes("development");
    await expect(modalities.page.default({ ...props("contrast-water-therapy"), searchParams: Promise.resolve({}) })).resolves.toBeTruthy();
    await expect(modalities.image.default(props("contrast-water-therapy"))).rejects.toMatchObject(NOT_FOUND);
    await expect(tools.image.default(props("contrast-tub"))).rejects.toMatchObject(NOT_FOUND);
    await expect(studies.image.default(props("versey-2012"))).rejects.toMatchObject(NOT_FOUND);
  });

  it("answer an unknown slug with notFound (a 404), never an error", async () => {
    await expect(toolImage.default(props("not-a-real-tool"))).rejects.toMatchObject(NOT_FOUND);
  });

  it("declare the size, type and an alt text naming the site", () => {
    expect([toolImage.size, toolImage.contentType]).toEqual([{ width: 1200, height: 630 }, "image/png"]);
    expect(toolImage.alt).toContain(site.name);
  });
});

describe("the site's image", () => {
  it("has the same size and type, and an alt text with the tagline", () => {
    expect(siteImage.size).toEqual({ width: 1200, height: 630 });
    expect(siteImage.contentType).toBe("image/png");
    expect(siteImage.alt).toContain(site.tagline);
  });

  it("is repeated on the section pages, whose own openGraph would otherwise drop it", () => {
    for (const section of [modalitiesImage, toolsImage, guidesImage, studiesImage]) {
      expect(section.default).toBe(siteImage.default);
      expect([section.alt, section.size, section.contentType]).toEqual([siteImage.alt, siteImage.size, siteImage.contentType]);
    }
  });
});
