import { IntentLink } from "@/components/IntentLink";
import { ModalityList } from "@/components/ModalityList";
import { ToolList } from "@/components/ToolList";
import { getCatalog } from "@/lib/catalog/catalog";
import { suggestedComparisons } from "@/lib/catalog/compare";
import { pageMetadata } from "@/lib/web/metadata";
import { site } from "@/lib/site";

export const metadata = pageMetadata({ description: site.description, path: "/" });

const FEATURED_TOOLS = 6;

export default function HomePage() {
  const catalog = getCatalog();
  return (
    <>
      <header className="hero">
        <h1>{site.tagline}</h1>
        <p className="lede">
          Ice baths, compression boots, massage guns, foam rollers: what each one does, what the research actually
          shows (and does not), how to use it, and when to save your money. Sleep, food and sensible training come
          first; <IntentLink href="/guides">our guides</IntentLink> start there. The{" "}
          <IntentLink href="/evidence">evidence map</IntentLink> grades every method on every outcome from the studies, by one published rule.
        </p>
      </header>
      <section aria-labelledby="start-heading" className="start">
        <h2 id="start-heading">Not sure where to start?</h2>
        <p>
          <IntentLink href="/plan">Plan your recovery week</IntentLink>: put in your sessions and get what to do after each one, and what
          to skip, with the evidence behind every suggestion.
        </p>
        <p>
          <IntentLink href="/finder">Answer four questions in the finder</IntentLink> and get methods ranked for your situation and
          budget, or compare tools side by side:
        </p>
        <ul className="link-list">
          {suggestedComparisons(catalog)
            .slice(0, 3)
            .map((s) => (
              <li key={s.href}>
                <IntentLink href={s.href}>{s.label}</IntentLink>
              </li>
            ))}
        </ul>
      </section>
      <section aria-labelledby="methods-heading">
        <h2 id="methods-heading">Recovery methods</h2>
        <ModalityList modalities={catalog.modalities} />
      </section>
      <section aria-labelledby="tools-heading">
        <h2 id="tools-heading">Tools we cover</h2>
        <ToolList tools={catalog.tools.slice(0, FEATURED_TOOLS)} />
        <p>
          <IntentLink href="/tools">All {catalog.tools.length} tools</IntentLink>
        </p>
      </section>
      {catalog.guides.length > 0 && (
        <section aria-labelledby="guides-heading">
          <h2 id="guides-heading">Start here</h2>
          <ul className="link-list">
            {catalog.guides.map((g) => (
              <li key={g.slug}>
                <IntentLink href={g.href}>{g.title}</IntentLink>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
