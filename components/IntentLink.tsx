"use client";

import Link, { type LinkProps } from "next/link";
import { useState } from "react";

/**
 * Next's Link, prefetching its page once a reader shows intent (a pointer over it, keyboard
 * focus, a finger on it) instead of as soon as it is on screen. Next's default fetches every
 * visible link's page while this one is still loading: 13 to 22 requests and up to 130 KB here,
 * on a phone's data plan, and main-thread work that made link-heavy pages such as a comparison
 * miss the Lighthouse budget. Navigation stays client-side either way; a link nobody pointed at
 * fetches its page on the click. This is the hover pattern from Next's prefetching guide, with
 * focus and touch added so keyboard and phone readers get it too.
 */
export function IntentLink<RouteType>({ onMouseEnter, onFocus, onTouchStart, ...props }: Omit<LinkProps<RouteType>, "prefetch">) {
  const [intent, setIntent] = useState(false);
  // Each signal turns prefetching on, then calls whatever handler the caller passed.
  const showing =
    <E,>(handler?: (event: E) => void) =>
    (event: E) => {
      setIntent(true);
      handler?.(event);
    };
  return (
    <Link
      {...props}
      prefetch={intent ? null : false}
      onMouseEnter={showing(onMouseEnter)}
      onFocus={showing(onFocus)}
      onTouchStart={showing(onTouchStart)}
    />
  );
}
