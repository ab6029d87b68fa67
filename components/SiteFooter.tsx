import { IntentLink } from "@/components/IntentLink";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        General information, not medical advice. If you have pain, an injury or a health condition, see a doctor or
        physiotherapist before trying a recovery method.
      </p>
      <p>
        No affiliate links and no free products. <IntentLink href="/guides/methodology">How we grade the evidence</IntentLink>.
      </p>
    </footer>
  );
}
