import { MARKET_CURRENCY, type Market } from "../content/vocabulary";
import { formatMoney } from "./format";

/** The budget bands the finder and the planner offer. */
export const BUDGETS = ["free", "under-50", "under-300", "any"] as const;
export type Budget = (typeof BUDGETS)[number];

/** A budget band in words, in the reader's market's currency. */
export function budgetLabel(budget: Budget, market: Market): string {
  if (budget === "free") return "Free";
  if (budget === "any") return "Any budget";
  return `Under ${formatMoney(BUDGET_LIMIT[budget], MARKET_CURRENCY[market])}`;
}

/**
 * The top of each budget band, in the reader's market's own currency: round figures a shop
 * there would use, never a conversion of a US price.
 */
export const BUDGET_LIMIT: Record<Budget, number> = { free: 0, "under-50": 50, "under-300": 300, any: Infinity };
