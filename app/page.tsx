import { EvidenceGlance } from "@/components/home/EvidenceGlance";
import { HomeJobs } from "@/components/home/HomeJobs";
import { RecentChanges } from "@/components/home/RecentChanges";
import { CategoryIcon } from "@/components/icons/CategoryIcon";
import { IntentLink } from "@/components/IntentLink";
import { ToolList } from "@/components/ToolList";
import { entryHref } from "@/lib/content/collections";
import { getCatalog } from "@/lib/catalog/catalog";
import { suggestedComparisons } from "@/lib/catalog/compare";
import { evidenceGlance, featuredTools, recentChanges } from "@/lib/catalog/home";
import { pageMetadata } from "@/lib/web/metadata";
import { site } from "@/lib/site";

export const metadata = pageMetadata({ description: site.description, path: "/" });

const RECENT_CHANGES = 5;
const FEATURED_TOOLS = 6;

export default function HomePage() {
  const catalog = getCatalog();
  const glance = evidenceGlance(catalog);
  return (
    <div className="page--wide home">
      <header className="hero">
        <p className="eyebrow">Graded on the evidence · No affiliate links</p>
        <h1>{site.tagline}</h1>
        <p className="lede">
          Ice baths, compression boots, massage guns, foam rollers: what each one does, what the research shows and does not, and
          when to save your money. Sleep, food and sensible training come first.
        </p>
      </header>
      <section aria-label="What you can do here">
        <HomeJobs comparisons={suggestedComparisons(catalog).slice(0, 3)} />
      </section>
      <div className="home__columns">
        <section aria-labelledby="glance-heading" className="home__glance">
          <h2 id="glance-heading">What the evidence says, at a glance</h2>
          <p>
            Every method graded on every outcome by <a href={entryHref("guides", "methodology")}>one published rule</a>.
          </p>
          <EvidenceGlance map={glance.map} leaders={glance.leaders} href="/evidence" />
        </section>
        <div className="home__side">
          <section aria-labelledby="methods-heading">
            <h2 id="methods-heading">Recovery methods</h2>
            {catalog.modalitiesByCategory().map((group) => (
              <section key={group.category} aria-labelledby={`cat-${group.category}`} className="category">
                <h3 id={`cat-${group.category}`}>
                  <CategoryIcon category={group.category} className="category__icon" />
                  {group.label}
                </h3>
                <ul className="inline-list">
                  {group.modalities.map((m) => (
                    <li key={m.slug}>
                      <a href={m.href}>{m.title}</a>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </section>
          <section aria-labelledby="changes-heading">
            <h2 id="changes-heading">What changed recently</h2>
            <RecentChanges changes={recentChanges(catalog, RECENT_CHANGES)} />
          </section>
          {catalog.guides.length > 0 && (
            <section aria-labelledby="guides-heading">
              <h2 id="guides-heading">Start here</h2>
              <ul className="inline-list">
                {catalog.guides.map((g) => (
                  <li key={g.slug}>
                    <a href={g.href}>{g.title}</a>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
      <section aria-labelledby="tools-heading" className="home__tools">
        <h2 id="tools-heading">Tools we cover</h2>
        <ToolList tools={featuredTools(catalog, FEATURED_TOOLS)} />
        <p>
          <IntentLink href="/tools">All {catalog.tools.length} tools</IntentLink>
        </p>
      </section>
    </div>
  );
}
