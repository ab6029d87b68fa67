/** Shown only in development, where drafts are visible: a reminder that readers cannot see this page. */
export function DraftBanner({ draft }: { draft?: boolean }) {
  if (!draft) return null;
  return (
    <p className="draft-banner" role="note">
      <strong>Draft.</strong> This article has <code>draft: true</code>: it is shown while you write and left out of the
      published site.
    </p>
  );
}
