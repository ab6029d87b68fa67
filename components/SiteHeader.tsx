import Link from "next/link";
import { site } from "@/lib/site";

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header__inner">
        <Link href="/" className="site-name">
          {site.name}
        </Link>
        <nav aria-label="Main">
          <ul className="nav-list">
            <li>
              <Link href="/modalities">Methods</Link>
            </li>
            <li>
              <Link href="/tools">Tools</Link>
            </li>
            <li>
              <Link href="/guides">Guides</Link>
            </li>
            <li>
              <Link href="/compare">Compare</Link>
            </li>
            <li>
              <Link href="/finder">Finder</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
