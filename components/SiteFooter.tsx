import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        General information, not medical advice. If you have pain, an injury or a health condition, see a doctor or
        physiotherapist before trying a recovery method.
      </p>
      <p>
        No affiliate links and no free products. <Link href="/guides/methodology">How we grade the evidence</Link>.
      </p>
    </footer>
  );
}
