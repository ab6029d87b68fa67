/**
 * The site's mark: a runner's stride easing into a resting curve. The same drawing as the favicon
 * (app/icon.svg); decorative here, since the site's name is always beside it.
 */
export function LogoMark() {
  return (
    <svg className="site-name__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" />
      <circle className="site-name__mark-fg" cx="19" cy="8.5" r="2.75" />
      <path className="site-name__mark-line" d="M6 23.5c4.5 0 6-3 8-6.5l2.5-3.5 3.5 3.5 3 1M14 17l-1.5 5.5" strokeWidth="2.6" fill="none" strokeLinecap="round" strokeLinejoin="round" />
      <path className="site-name__mark-line" d="M17.5 25.5h8" strokeWidth="2.6" strokeLinecap="round" />
    </svg>
  );
}
