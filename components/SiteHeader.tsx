import { IntentLink } from "@/components/IntentLink";
import { site } from "@/lib/site";
import { LogoMark } from "./LogoMark";

const NAV = [
  { href: "/modalities", label: "Methods" },
  { href: "/tools", label: "Tools" },
  { href: "/evidence", label: "Evidence" },
  { href: "/guides", label: "Guides" },
  { href: "/compare", label: "Compare" },
  { href: "/finder", label: "Finder" },
  { href: "/plan", label: "Planner" },
  { href: "/search", label: "Search" },
] as const;

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header__inner">
        <IntentLink href="/" className="site-name">
          <LogoMark />
          {site.name}
        </IntentLink>
        <nav aria-label="Main">
          <ul className="nav-list">
            {NAV.map((item) => (
              <li key={item.href}>
                <IntentLink href={item.href}>{item.label}</IntentLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
