import type { Route } from "next";
import { readOne, shown as quoted, type Notice } from "../web/query";
import type { MarketPrice, ToolSource } from "../content/schemas";
import { sourceDay } from "../content/source-date";
import { MARKETS, MARKET_CURRENCY, type Market } from "../content/vocabulary";
import type { Tool } from "./catalog";

/** The market a reader gets before choosing one. */
export const DEFAULT_MARKET: Market = "US";

/**
 * Where to look when a product has no price in the reader's market, nearest first. A price is
 * never converted: a reader sees the nearest market's own price, marked as such, because an
 * exchange rate says nothing about what a shop there charges.
 */
const NEAREST: Record<Market, readonly Market[]> = {
  US: ["CA", "UK", "EU", "AU"],
  UK: ["EU", "US", "AU", "CA"],
  EU: ["UK", "US", "CA", "AU"],
  AU: ["US", "UK", "CA", "EU"],
  CA: ["US", "UK", "EU", "AU"],
};

export const isMarket = (value: string): value is Market => (MARKETS as readonly string[]).includes(value);

/** A market as it is written in a URL: lower case. */
export const marketParam = (market: Market) => market.toLowerCase();
export const marketFromParam = (value: string | undefined): Market | undefined => {
  const upper = value?.toUpperCase();
  return upper && isMarket(upper) ? upper : undefined;
};

/** The market a query asks for, or the default; an unknown value is reported in `notices` and ignored. */
export function readMarket(raw: string | string[] | undefined, notices: Notice[]): Market {
  const value = readOne(raw);
  const market = marketFromParam(value);
  if (value && !market) notices.push({ value: quoted(value), reason: `is not a market we know (choose from: ${MARKETS.map(marketParam).join(", ")})` });
  return market ?? DEFAULT_MARKET;
}

/** A price as shown: its market, currency, source and whether it stands in for the reader's own market. */
export interface ShownPrice {
  market: Market;
  currency: (typeof MARKET_CURRENCY)[Market];
  amount: number;
  upTo?: number;
  note?: string;
  source: ToolSource;
  /** True when the reader's market has no price and this is the nearest market's. */
  standIn: boolean;
  /** Why the price may be stale, in the words a reader sees, or undefined when its source is recent. */
  stale?: Staleness;
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/** Why a figure may be out of date: its source shows no date, or is old. Said apart, so a maker's undated store page is not called old. */
export type Staleness = "undated" | "more than a year old";

/** Whether a source may be stale at `now`, and why; undefined when it is less than a year old. */
export function staleness(source: ToolSource, now: Date): Staleness | undefined {
  if (source.date === "n.d.") return "undated";
  // A source dated only to a month counts from its first day, so the reader is warned no later than they should be.
  return now.getTime() - new Date(`${sourceDay(source.date)}T00:00:00Z`).getTime() > YEAR_MS ? "more than a year old" : undefined;
}

function shown(tool: Tool, market: Market, price: MarketPrice, standIn: boolean, now: Date): ShownPrice {
  const source = tool.sources[price.source];
  return { market, currency: MARKET_CURRENCY[market], amount: price.amount, upTo: price.upTo, note: price.note, source, standIn, stale: staleness(source, now) };
}

/** The tool's price in `market`, or undefined: the only price a list, sort or budget filter may use. */
export function priceIn(tool: Tool, market: Market, now = new Date()): ShownPrice | undefined {
  const price = tool.prices[market];
  return price ? shown(tool, market, price, false, now) : undefined;
}

/** The price to show a reader in `market`: their market's, else the nearest market's, marked. */
export function priceFor(tool: Tool, market: Market, now = new Date()): ShownPrice | undefined {
  const own = priceIn(tool, market, now);
  if (own) return own;
  const near = NEAREST[market].find((m) => tool.prices[m]);
  return near ? shown(tool, near, tool.prices[near]!, true, now) : undefined;
}

/** Each market's figure in `figures`, in the order of MARKETS, with its source and currency. */
const everyMarket = (tool: Tool, figures: Partial<Record<Market, MarketPrice>>, now: Date): ShownPrice[] =>
  MARKETS.flatMap((m) => (figures[m] ? [shown(tool, m, figures[m]!, false, now)] : []));

/** Every price the tool has, in the order of MARKETS. */
export function allPrices(tool: Tool, now = new Date()): ShownPrice[] {
  return everyMarket(tool, tool.prices, now);
}

/** Every year's running cost the tool has (a membership, say), in the order of MARKETS. */
export function allRunningCosts(tool: Tool, now = new Date()): ShownPrice[] {
  return everyMarket(tool, tool.runningCosts?.perYear ?? {}, now);
}

/** The sticker price plus a year of running costs, in one market, when a source gives both. */
export function firstYearCost(tool: Tool, market: Market): number | undefined {
  const price = tool.prices[market];
  const running = tool.runningCosts?.perYear[market];
  return price && running ? price.amount + running.amount : undefined;
}

/** The tools index in one market: /tools for the default, /tools/market/<m> for the others. */
export const toolsIndexHref = (market: Market): Route => (market === DEFAULT_MARKET ? "/tools" : (`/tools/market/${marketParam(market)}` as Route));
