import type { ReactNode } from "react";
import { Mark } from "./Mark";

/**
 * The line above a table wider than the screen that says it scrolls sideways. When it shows is the
 * table's own business (its stylesheet hides it where the table fits), so `className` carries that.
 */
export function ScrollHint({ className, children }: { className: string; children: ReactNode }) {
  return (
    <p className={`table-scroll__hint ${className}`}>
      {children}
      <Mark kind="onward" />
    </p>
  );
}
