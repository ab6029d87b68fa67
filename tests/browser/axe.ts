import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * axe's WCAG 2.1 A/AA rules, WCAG 2.2's target size (at least 24 px) and best practices, or only
 * the `rules` named; one readable line per violation.
 */
export async function axeViolations(page: Page, { rules }: { rules?: string[] } = {}): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  if (rules) axe.withRules(rules);
  else axe.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]);
  // By default AxeBuilder opens a second page to gather the results of every frame, which doubles
  // the time of each check (2.2 to 3.3 s against 1.2 to 1.8 s per page here, with the same passes,
  // incomplete checks and violations). That second page exists only to reach cross-origin frames,
  // and our pages have no frames; a page that has one gets the full method.
  if (page.frames().length === 1) axe.setLegacyMode(true);
  // Only violations are read: axe still runs every rule, but lists one node, not every node, for
  // the rules a page passes (a method page's passes name about 600 nodes), and the check takes
  // 10 to 25% less time.
  axe.options({ resultTypes: ["violations"] });
  const results = await axe.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
