import type { Route } from "next";
import { IntentLink } from "@/components/IntentLink";
import { Mark } from "@/components/Mark";
import { entryHref } from "@/lib/content/collections";
import type { FinderResult } from "@/lib/catalog/finder";
import { formatPrice } from "@/lib/catalog/format";
import { priceIn } from "@/lib/catalog/markets";
import type { Market } from "@/lib/content/vocabulary";
import { GradeBadge } from "./GradeBadge";
import { FINDER_RESULTS_ID } from "@/lib/catalog/anchors";

function ResultItem({ result, market }: { result: FinderResult; market: Market }) {
  const { modality, lead, reasons, tools, picks } = result;
  return (
    <li className="finder-result">
      <h4>
        <IntentLink href={modality.href}>{modality.title}</IntentLink>
      </h4>
      <p>
        {lead.label}: <GradeBadge grade={lead.grade} />
      </p>
      {reasons.length > 0 && <p className="finder-result__reasons">{reasons.join("; ")}.</p>}
      {tools.length > 0 && (
        <p>
          Tools:{" "}
          {tools.map((t, i) => (
            <span key={t.slug}>
              {i > 0 && ", "}
              <IntentLink href={t.href}>{t.title}</IntentLink>
              {priceIn(t, market) && ` (${formatPrice(priceIn(t, market)!)})`}
              {picks[t.slug] && (
                <>
                  {" "}
                  <span className="pick-mark">
                    <Mark kind="star" />
                    <IntentLink href={picks[t.slug].guide.href}>
                      {picks[t.slug].role}
                      <span className="visually-hidden"> in “{picks[t.slug].guide.title}”</span>
                    </IntentLink>
                  </span>
                </>
              )}
            </span>
          ))}
        </p>
      )}
    </li>
  );
}

export function FinderResults({ foundations, results, market, planHref }: { foundations: FinderResult[]; results: FinderResult[]; market: Market; planHref?: Route }) {
  return (
    <section id={FINDER_RESULTS_ID} aria-labelledby="results-heading" className="finder-results">
      <h2 id="results-heading">What fits you</h2>
      {planHref && (
        <p className="finder-results__plan">
          <IntentLink href={planHref}>Plan my week with these</IntentLink>: the planner puts the methods that fit you after the sessions of your week.
        </p>
      )}
      <h3 className="finder-results__group">First, the basics that matter most</h3>
      <p>
        No tool makes up for short sleep, too little food or too much training. <IntentLink href={entryHref("guides", "recovery-foundations")}>Why these come first</IntentLink>.
      </p>
      <ol className="finder-list">
        {foundations.map((r) => (
          <ResultItem key={r.modality.slug} result={r} market={market} />
        ))}
      </ol>
      <h3 className="finder-results__group">Then, in order of fit</h3>
      <p>
        Ordered by each method&rsquo;s grades for soreness, fatigue and the next session, lowered a little if it blunts training gains, then raised for
        your situation and the area you chose. Each method shows its best grade of the three first.
      </p>
      {results.length ? (
        <ol className="finder-list">
          {results.map((r) => (
            <ResultItem key={r.modality.slug} result={r} market={market} />
          ))}
        </ol>
      ) : (
        <p>Nothing else matches all your answers. Try a wider budget or “Anywhere”.</p>
      )}
    </section>
  );
}
