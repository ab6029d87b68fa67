import { IntentLink } from "@/components/IntentLink";

export const metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p className="lede">There is no page at this address. It may have moved, or the link may have a typo.</p>
      <ul className="link-list">
        <li>
          <IntentLink href="/modalities">Browse recovery methods</IntentLink>
        </li>
        <li>
          <IntentLink href="/tools">Browse recovery tools</IntentLink>
        </li>
        <li>
          <IntentLink href="/guides">Read the guides</IntentLink>
        </li>
        <li>
          <IntentLink href="/">Go to the home page</IntentLink>
        </li>
      </ul>
    </>
  );
}
