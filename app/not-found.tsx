import Link from "next/link";

export const metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p className="lede">There is no page at this address. It may have moved, or the link may have a typo.</p>
      <ul className="link-list">
        <li>
          <Link href="/modalities">Browse recovery methods</Link>
        </li>
        <li>
          <Link href="/tools">Browse recovery tools</Link>
        </li>
        <li>
          <Link href="/guides">Read the guides</Link>
        </li>
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
      </ul>
    </>
  );
}
