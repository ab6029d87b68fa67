import type { Route } from "next";
import { IntentLink } from "./IntentLink";
import { PLAN_OUTPUT_ID } from "@/lib/catalog/anchors";

/** Ready-made weeks: each link fills the form and opens at the plan, which on a phone is far below the form. */
export function PlanPresets({ presets }: { presets: { label: string; description: string; href: Route }[] }) {
  return (
    <nav aria-labelledby="presets-heading" className="plan-presets">
      <h2 id="presets-heading">Start from a typical week</h2>
      <ul>
        {presets.map((p) => (
          <li key={p.href}>
            <IntentLink href={`${p.href}#${PLAN_OUTPUT_ID}` as Route}>{p.label}</IntentLink>
            <span className="plan-presets__description"> {p.description}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
