import type { Page } from "@playwright/test";

/**
 * Everything a reader could need to see on this page, opened: every disclosure (a "why this
 * grade" table, a chart's numbers, the planner's folds) and every block whose layout the page defers.
 * Closed, their contents take no room, so a check of widths would pass them unseen.
 */
export async function openEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll("details")) details.open = true;
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      if (getComputedStyle(el).contentVisibility === "auto") el.style.contentVisibility = "visible";
    }
  });
}

/**
 * Elements that reach past the right edge of the window other than inside a box that scrolls
 * sideways: on a phone, either the whole page scrolls sideways or, inside a block with paint
 * containment (content-visibility), the part past the edge is cut off where no reader can reach it.
 * The outermost such element of each, as "tag.class: right edge".
 */
async function pastTheEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollsSideways = (el: Element) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX);
    const past = (el: Element) => el.getBoundingClientRect().right > width + 1 && el.getBoundingClientRect().width > 1;
    const found: string[] = [];
    for (const el of document.body.querySelectorAll("*")) {
      if (!past(el) || (el.parentElement && el.parentElement !== document.body && past(el.parentElement))) continue;
      let inside: Element | null = el.parentElement;
      while (inside && inside !== document.body && !scrollsSideways(inside)) inside = inside.parentElement;
      if (inside && inside !== document.body) continue;
      found.push(`${el.tagName.toLowerCase()}.${[...el.classList].join(".")}: ${Math.round(el.getBoundingClientRect().right)}px`);
    }
    return found;
  });
}

/**
 * What runs past the screen's edge on this page: the page itself, scrolling sideways as it arrives,
 * then, with everything opened (openEverything), anything past the edge outside a box that scrolls.
 * Leaves the page opened.
 */
export async function offTheScreen(page: Page): Promise<string[]> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await openEverything(page);
  return [...(overflow > 0 ? [`the page, ${overflow}px`] : []), ...(await pastTheEdge(page)).map((what) => `opened: ${what}`)];
}
