// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import FinderPage from "@/app/finder/page";
import KeptFinderPage from "@/app/finder/kept/[key]/page";
import ModalityPage from "@/app/modalities/[slug]/page";
import PlanPage from "@/app/plan/page";
import KeptPlanPage from "@/app/plan/kept/[key]/page";
import SearchPage from "@/app/search/page";
import KeptSearchPage from "@/app/search/kept/[key]/page";
import GuidePage from "@/app/guides/[slug]/page";
import ToolPage from "@/app/tools/[slug]/page";
import ToolsInMarketPage, { generateStaticParams } from "@/app/tools/market/[market]/page";
import { GRADING_RULES } from "@/lib/catalog/grading";
import { keptQueryPath } from "@/lib/web/kept-query-pages";
import { importAs } from "../fixtures/catalogs";

// The fixture site's published articles, in the order the index pages show them.
const METHODS = [
  "/modalities/nutrition",
  "/modalities/sleep",
  "/modalities/cold-water-immersion",
  "/modalities/cryotherapy-chamber",
  "/modalities/pneumatic-compression",
  "/modalities/foam-rolling",
  "/modalities/percussion-massage",
];
const TOOLS = ["air-relief-boots", "foam-roller", "ice-tub", "ice-tub-classic", "thump-gun", "travel-boots", "vibe-ball", "vibe-roller"].map((s) => `/tools/${s}`);
// The tools index: by category, cheapest first in US dollars, no US price after, discontinued last.
const TOOL_INDEX = ["air-relief-boots", "travel-boots", "thump-gun", "ice-tub", "ice-tub-classic", "foam-roller", "vibe-roller", "vibe-ball"].map((s) => `/tools/${s}`);
const GUIDES = ["/guides/recovery-foundations", "/guides/choosing-recovery-boots", "/guides/methodology"];

const props = (slug: string) => ({ params: Promise.resolve({ slug }), searchParams: Promise.resolve({}) });
const links = (prefix: string) =>
  screen
    .getAllByRole("link")
    .map((a) => a.getAttribute("href")!)
    .filter((href) => href.startsWith(prefix) && href !== prefix);

/** The index pages, as a production build (drafts left out) or the dev server (drafts shown) renders them. */
const indexPages = (mode: "production" | "development") =>
  importAs(mode, async () => ({
    home: (await import("@/app/page")).default,
    modalities: (await import("@/app/modalities/page")).default,
    tools: (await import("@/app/tools/page")).default,
    guides: (await import("@/app/guides/page")).default,
  }));

afterEach(() => vi.unstubAllEnvs());

describe("index pages reach every published article", () => {
  it("the method index links every method, grouped under its category", async () => {
    const { modalities: ModalitiesPage } = await indexPages("production");
    render(<ModalitiesPage />);
    expect(links("/modalities/")).toEqual(METHODS);
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
      "Foundations: sleep and food",
      "Cold",
      "Compression",
      "Massage and soft tissue",
    ]);
  });

  it("the tool index links every tool, grouped by category, in US dollars", async () => {
    const { tools: ToolsPage } = await indexPages("production");
    render(<ToolsPage />);
    expect(links("/tools/").filter((href) => TOOLS.includes(href))).toEqual(TOOL_INDEX);
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual(["Compression boots", "Massage guns", "Cold plunges", "Rollers and balls"]);
    expect(screen.getByRole("combobox", { name: /^Show prices in/ })).toHaveValue("us");
  });

  it("the guide index links every guide, in the guides' own order", async () => {
    const { guides: GuidesPage } = await indexPages("production");
    render(<GuidesPage />);
    expect(links("/guides/")).toEqual(GUIDES);
  });

  it("the home page leads with the three jobs, then the evidence at a glance and what changed", async () => {
    const { home: HomePage } = await indexPages("production");
    render(<HomePage />);
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    const jobs = screen.getByRole("region", { name: "What you can do here" });
    expect(within(jobs).getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual(["Find what fits", "Compare tools", "Plan my week"]);
    expect(within(jobs).getByRole("link", { name: "Start the finder" })).toHaveAttribute("href", "/finder");
    expect(within(jobs).getByRole("link", { name: "Plan your week" })).toHaveAttribute("href", "/plan");
    expect(within(jobs).getByRole("link", { name: "Compare any tools" })).toHaveAttribute("href", "/compare");
    expect(screen.getByRole("link", { name: "Open the full evidence map" })).toHaveAttribute("href", "/evidence");
    const changes = screen.getByRole("region", { name: "What changed recently" });
    // Newest first across the site: the fixture's newest change is cold water's, of 2026-11-20.
    expect(within(changes).getAllByRole("listitem")[0]).toHaveTextContent("Cold water immersion");
  });

  it("the home page links every method, six tools, those priced in the US first, each in the buying guides' order, and every guide", async () => {
    const { home: HomePage } = await indexPages("production");
    render(<HomePage />);
    expect(new Set(links("/modalities/"))).toEqual(new Set(METHODS));
    const tools = screen.getByRole("region", { name: "Tools we cover" });
    expect(within(tools).getAllByRole("link").map((a) => a.getAttribute("href")).filter((href) => href!.startsWith("/tools/"))).toEqual(
      ["air-relief-boots", "foam-roller", "ice-tub-classic", "thump-gun", "travel-boots", "ice-tub"].map((s) => `/tools/${s}`),
    );
    const guides = screen.getByRole("region", { name: "Start here" });
    expect(within(guides).getAllByRole("link").map((a) => a.getAttribute("href"))).toEqual(GUIDES);
    expect(screen.getByRole("link", { name: "All 8 tools" })).toHaveAttribute("href", "/tools");
  });

  it("list drafts too on the dev server, where editors look for them", async () => {
    const { modalities: ModalitiesPage, tools: ToolsPage } = await indexPages("development");
    render(
      <>
        <ModalitiesPage />
        <ToolsPage />
      </>,
    );
    expect(links("/modalities/")).toContain("/modalities/contrast-water-therapy");
    expect(links("/tools/")).toContain("/tools/contrast-tub");
  });
});

describe("article routes", () => {
  it("render the article the slug names, linked to its tools", async () => {
    render(await ModalityPage(props("pneumatic-compression")));
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Pneumatic compression");
    const tools = screen.getByRole("heading", { name: "Tools we review for this method" }).parentElement!;
    expect(within(tools).getByRole("link", { name: "Air Relief Boots" })).toHaveAttribute("href", "/tools/air-relief-boots");
    expect(within(tools).getByRole("link", { name: "Travel Boots" })).toHaveAttribute("href", "/tools/travel-boots");
  });

  it("show a method's computed grades with why, and its corrections log", async () => {
    const { container } = render(await ModalityPage(props("cold-water-immersion")));
    const glance = screen.getByRole("region", { name: "Evidence at a glance" });
    expect(within(glance).getAllByRole("row")[4]).toHaveTextContent("Long-term strength and muscle gainsEvidence of harm or blunted gains");
    expect(container.querySelectorAll("details.why")).toHaveLength(5);
    const changes = screen.getByRole("region", { name: "Corrections and updates" });
    expect(within(changes).getAllByRole("listitem")).toHaveLength(2);
  });

  it("show a tool's price in every market with its source's kind, n.d. and a stale flag when the source has no date, and the tool's corrections", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-29T12:00:00Z"));
    try {
      render(await ToolPage(props("vibe-ball")));
    } finally {
      vi.useRealTimers();
    }
    const prices = screen.getByRole("table", { name: "Price by market, as each source gives it" });
    const [, eu, au] = within(prices).getAllByRole("row");
    expect(eu).toHaveTextContent("Eurozone (€)€39 Possibly stale: the source is undated.Not knownPulseworks EU store (maker's page or manual, n.d.)");
    expect(au).toHaveTextContent("Australia (A$)A$69Not knownKit Bag Australia (retailer listing, October 21, 2026)");
    expect(screen.getByRole("table", { name: /^The rollers and balls test bench/ })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Corrections and updates" })).toHaveTextContent("October 21, 2026: The price now comes from the maker's EU store");
  });

  it("mark a discontinued tool as replaced, linking the model that replaced it", async () => {
    render(await ToolPage(props("ice-tub-classic")));
    const notice = screen.getByText(/^Discontinued: replaced by/);
    expect(notice).toHaveTextContent("Discontinued: replaced by Ice Tub. This page is kept for owners and the second-hand market.");
    expect(within(notice).getByRole("link", { name: "Ice Tub" })).toHaveAttribute("href", "/tools/ice-tub");
    render(await ToolPage(props("ice-tub")));
    expect(screen.getAllByText(/^Discontinued:/)).toHaveLength(1); // the Ice Tub itself is current
  });

  it("render the tools index of each other market, prerendered, and no page for the default market or an unknown one", async () => {
    expect(generateStaticParams()).toEqual([{ market: "uk" }, { market: "eu" }, { market: "au" }, { market: "ca" }]);
    render(await ToolsInMarketPage({ params: Promise.resolve({ market: "eu" }) } as never));
    expect(links("/tools/").filter((href) => TOOLS.includes(href))).toEqual([
      "/tools/air-relief-boots", // neither pair of boots is priced in the eurozone: by title
      "/tools/travel-boots",
      "/tools/thump-gun",
      "/tools/ice-tub",
      "/tools/ice-tub-classic",
      "/tools/vibe-ball", // €39, then the rollers with no eurozone price
      "/tools/foam-roller",
      "/tools/vibe-roller",
    ]);
    expect(screen.getByRole("combobox", { name: /^Show prices in/ })).toHaveValue("eu");
    await expect(ToolsInMarketPage({ params: Promise.resolve({ market: "us" }) } as never)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    await expect(ToolsInMarketPage({ params: Promise.resolve({ market: "gb" }) } as never)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });

  it("render the methodology's rule table from the grading code, and a guide's quotes filled in", async () => {
    render(await GuidePage(props("methodology")));
    const table = screen.getByRole("table", { name: /^The grading rule/ });
    expect(within(table).getAllByRole("row").slice(1).map((r) => within(r).getAllByRole("cell")[1].textContent)).toEqual(GRADING_RULES.map((r) => r.when));
    render(await GuidePage(props("choosing-recovery-boots")));
    expect(screen.getByRole("link", { name: "moderate evidence of benefit" })).toHaveAttribute("href", "/modalities/pneumatic-compression#why-soreness");
  });

  it("answer an unknown slug with Next's not-found signal, never a crash", async () => {
    await expect(ModalityPage(props("no-such-thing"))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    await expect(ToolPage(props("../../etc/passwd"))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });
});

describe("the routes that keep finder answers, searches and plans", () => {
  const keptProps = (page: "/finder" | "/search" | "/plan", query: string) => ({
    params: Promise.resolve({ key: keptQueryPath(page, query)!.split("/").pop()! }),
    searchParams: Promise.resolve({}),
  });
  const html = (element: React.ReactNode) => {
    const markup = render(element).container.innerHTML;
    cleanup();
    return markup;
  };

  it("render what the public page renders for the query their key holds", async () => {
    const finder = html(await KeptFinderPage(keptProps("/finder", "situation=back-to-back&area=calves&market=uk")));
    expect(finder).toBe(html(await FinderPage({ params: Promise.resolve({}), searchParams: Promise.resolve({ situation: "back-to-back", area: "calves", market: "uk" }) })));
    expect(finder).toContain("Pneumatic compression");

    const search = html(await KeptSearchPage(keptProps("/search", "q=ice+tub")));
    expect(search).toBe(html(await SearchPage({ params: Promise.resolve({}), searchParams: Promise.resolve({ q: "ice tub" }) })));
    expect(search).toContain('value="ice tub"');

    const plan = html(await KeptPlanPage(keptProps("/plan", "week=2026-12-07&tue=intervals.evening&sat=long&own=foam-roller")));
    const planQuery = { week: "2026-12-07", tue: "intervals.evening", sat: "long", own: "foam-roller" };
    expect(plan).toBe(html(await PlanPage({ params: Promise.resolve({}), searchParams: Promise.resolve(planQuery) })));
    expect(plan).toContain("Tuesday");
  });

  it("answer a key that holds no canonical query with Next's not-found signal", async () => {
    const props = { params: Promise.resolve({ key: Buffer.from("area=calves&situation=travel").toString("base64url") }), searchParams: Promise.resolve({}) };
    await expect(KeptFinderPage(props)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    await expect(KeptSearchPage({ ...props, params: Promise.resolve({ key: "!!" }) })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });
});
