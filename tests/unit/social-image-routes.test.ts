import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as guideImage from "@/app/guides/[slug]/opengraph-image";
import * as guidePage from "@/app/guides/[slug]/page";
import * as guidesImage from "@/app/guides/opengraph-image";
import * as modalityImage from "@/app/modalities/[slug]/opengraph-image";
import * as modalityPage from "@/app/modalities/[slug]/page";
import * as modalitiesImage from "@/app/modalities/opengraph-image";
import * as siteImage from "@/app/opengraph-image";
import * as toolImage from "@/app/tools/[slug]/opengraph-image";
import * as toolPage from "@/app/tools/[slug]/page";
import * as toolsImage from "@/app/tools/opengraph-image";
import { getCatalog } from "@/lib/catalog/catalog";
import { site } from "@/lib/site";

const fixtures = join(__dirname, "..", "fixtures", "valid");

// Loading the real content takes a few seconds on a busy machine: do it once, outside the tests' time limit.
beforeAll(() => void getCatalog(), 60_000);

describe("image routes and drafts", () => {
  const cwd = process.cwd();
  let root: string | undefined;
  afterEach(() => {
    process.chdir(cwd);
    vi.unstubAllEnvs();
    if (root) rmSync(root, { recursive: true, force: true });
    root = undefined;
  });

  it("gives a draft no image in the production build, where the route's static params leave it out too", async () => {
    root = mkdtempSync(join(tmpdir(), "social-"));
    cpSync(fixtures, join(root, "content"), { recursive: true });
    process.chdir(root);
    vi.stubEnv("NODE_ENV", "production");
    vi.resetModules();
    const { socialImageFor: forProduction } = await import("@/lib/catalog/social-image");
    const { generateStaticParams } = await import("@/app/modalities/[slug]/opengraph-image");
    expect(forProduction("modalities", "sauna")).toBeUndefined();
    expect(forProduction("modalities", "heat-therapy")).toBeDefined();
    expect(generateStaticParams()).not.toContainEqual({ slug: "sauna" });
    expect(generateStaticParams()).toContainEqual({ slug: "heat-therapy" });
  });
});

describe("the image routes", () => {
  it("are prerendered for exactly the slugs their pages are", () => {
    const catalog = getCatalog();
    for (const [image, page, entries] of [
      [modalityImage, modalityPage, catalog.modalities],
      [toolImage, toolPage, catalog.tools],
      [guideImage, guidePage, catalog.guides],
    ] as const) {
      expect(image.dynamicParams).toBe(false);
      expect(image.generateStaticParams()).toEqual(page.generateStaticParams());
      expect(image.generateStaticParams()).toEqual(entries.map((e) => ({ slug: e.slug })));
      expect(image.size).toEqual({ width: 1200, height: 630 });
      expect(image.contentType).toBe("image/png");
      expect(image.alt).toContain(site.name);
    }
  });

  it("give the site's image the same size, type and an alt text", () => {
    expect(siteImage.size).toEqual({ width: 1200, height: 630 });
    expect(siteImage.contentType).toBe("image/png");
    expect(siteImage.alt).toContain(site.tagline);
  });

  it("repeat the site's image on the section pages, whose own openGraph would otherwise drop it", () => {
    for (const section of [modalitiesImage, toolsImage, guidesImage]) {
      expect(section.default).toBe(siteImage.default);
      expect([section.alt, section.size, section.contentType]).toEqual([siteImage.alt, siteImage.size, siteImage.contentType]);
    }
  });

  it("answer an unknown slug with notFound (a 404), never an error", async () => {
    await expect(toolImage.default({ params: Promise.resolve({ slug: "not-a-real-tool" }) })).rejects.toMatchObject({
      digest: expect.stringMatching(/HTTP_ERROR_FALLBACK;404/),
    });
  });
});

