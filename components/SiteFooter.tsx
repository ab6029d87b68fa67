import { IntentLink } from "@/components/IntentLink";
import { entryHref } from "@/lib/content/collections";
import { sectionCrumb } from "@/lib/catalog/sections";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          General information, not medical advice. If you have pain, an injury or a health condition, see a doctor or
          physiotherapist before trying a recovery method.
        </p>
        <p>
          No affiliate links and no free products. <IntentLink href={entryHref("guides", "methodology")}>How we grade the evidence</IntentLink>. Every study we cite, with its numbers: <IntentLink href={sectionCrumb("studies").href}>Studies and sources</IntentLink>.
        </p>
      </div>
    </footer>
  );
}
