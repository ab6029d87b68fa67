import { expect, test, type Page } from "@playwright/test";

// The policy must let every page's own scripts run (the page hydrates) and stop anything else.
const PAGES = [
  "/",
  "/modalities",
  "/modalities/cold-water-immersion",
  "/tools/normatec-3",
  "/guides/recovery-foundations",
  "/compare?tools=normatec-3,rapid-reboot",
  "/compare?tools=normatec-3,not-a-tool",
  "/finder?situation=back-to-back&area=calves",
  "/search?q=sleep",
  "/tools/not-a-tool",
  "/no/such/page",
];

async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

for (const path of PAGES) {
  test(`the policy names every script of ${path} and nothing is blocked`, async ({ page }) => {
    await recordViolations(page);
    const response = await page.goto(path, { waitUntil: "load" });
    const policy = response?.headers()["content-security-policy"] ?? "";
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src ")) ?? "";
    expect(scriptSrc, path).toMatch(/'(nonce|sha256)-/);
    expect(policy, path).not.toContain("unsafe-inline");
    // Next's inline bootstrap ran: its flight data queue exists only if the inline scripts executed.
    await expect.poll(() => page.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown[] }).__next_f))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual([]);
  });
}

test("an injected inline script is refused", async ({ page }) => {
  await recordViolations(page);
  await page.goto("/guides/recovery-foundations");
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.injected = true";
    document.body.append(script);
  });
  await expect.poll(() => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations.length)).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});

test("pages rendered on demand get a fresh nonce on every response", async ({ request }) => {
  const nonceOf = async () => /'nonce-([^']+)'/.exec((await request.get("/compare?tools=normatec-3,not-a-tool")).headers()["content-security-policy"])?.[1];
  const first = await nonceOf();
  expect(first).toBeTruthy();
  expect(await nonceOf()).not.toBe(first);
});
