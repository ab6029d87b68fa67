/**
 * The site's mark: a runner mid-stride. The same drawing as the favicon (app/icon.svg) and the
 * touch icon (app/apple-icon.tsx); decorative here, since the site's name is always beside it.
 */
export const LOGO_RUNNER = "M18.5 10.5 15 17.5l4.5 3-1 5.5M15 17.5l-3.5 4-4.5.5M18 11.5l4.5 3.5M17.5 11l-5 1.5-2 3";

export function LogoMark() {
  return (
    <svg className="site-name__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" />
      <circle className="site-name__mark-fg" cx="20.5" cy="6.5" r="2.7" />
      <path className="site-name__mark-line" d={LOGO_RUNNER} strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
