import { BUDGETS, budgetLabel, type Budget } from "@/lib/catalog/budgets";
import { marketParam } from "@/lib/catalog/markets";
import { capitalised, MARKETS, MARKET_LABELS, type Market } from "@/lib/content/vocabulary";

/** The markets as a select's options, valued as URLs write them (lower case). */
export function MarketOptions() {
  return MARKETS.map((m) => (
    <option key={m} value={marketParam(m)}>
      {MARKET_LABELS[m]}
    </option>
  ));
}

/** The budget bands as radio buttons named `budget`, each in the market's own currency. */
export function BudgetChoices({ budget, market }: { budget: Budget; market: Market }) {
  return BUDGETS.map((b) => (
    <label key={b} className="choice">
      <input type="radio" name="budget" value={b} defaultChecked={budget === b} />
      {capitalised(budgetLabel(b, market))}
    </label>
  ));
}
