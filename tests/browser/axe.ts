import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** axe's WCAG 2.1 A/AA rules, WCAG 2.2's target size (at least 24 px) and best practices; one readable line per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
