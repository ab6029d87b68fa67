"use client";

import { useEffect } from "react";
import type { PlanData } from "@/lib/catalog/plan-data";

/** True when the runner changed a control of `form` from what the server rendered. */
function edited(form: HTMLFormElement): boolean {
  return [...form.elements].some((el) =>
    el instanceof HTMLSelectElement
      ? [...el.options].some((o) => o.selected !== o.defaultSelected)
      : el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio" ? el.checked !== el.defaultChecked : el.value !== el.defaultValue),
  );
}

/**
 * Re-plans in the browser as the runner edits the form. The form and the plan are server HTML
 * (they work without script); this renders nothing. The planner's data (/plan/data.json, built
 * with the site) is fetched once, when the runner first reaches for the form, and the planner's
 * code once, on the first change; every edit after that is planned here, with no request. A
 * reader who only reads loads neither, which keeps the page's start-up as light as any other's.
 */
export function PlanLive({ formId, outputId, dataHref }: { formId: string; outputId: string; dataHref: string }) {
  useEffect(() => {
    const form = document.getElementById(formId);
    const output = document.getElementById(outputId);
    if (!(form instanceof HTMLFormElement) || !output) return;
    let data: Promise<PlanData> | undefined;
    const load = () => (data ??= fetch(dataHref).then((r) => r.json() as Promise<PlanData>));
    let render: ((form: HTMLFormElement) => void) | undefined;
    const update = async (event: Event) => {
      event.preventDefault();
      try {
        render ??= (await import("./plan-live-render")).planRenderer(await load(), output);
      } catch {
        // Offline or the data would not load: the form still works the plain way.
        if (event.type === "submit") form.submit();
        return;
      }
      render(form);
      // A press of "Plan my week" asks to see the plan, which on a phone is far below the form (without
      // script the form's address carries the plan's fragment); an edit re-plans where the runner is.
      if (event.type === "submit") output.scrollIntoView({ block: "start" });
    };
    form.addEventListener("focusin", load, { once: true });
    form.addEventListener("pointerdown", load, { once: true });
    form.addEventListener("change", update);
    form.addEventListener("submit", update);
    // A change made while the page was still starting up came before these listeners: plan it now.
    if (edited(form)) void update(new Event("change"));
    return () => {
      form.removeEventListener("focusin", load);
      form.removeEventListener("pointerdown", load);
      form.removeEventListener("change", update);
      form.removeEventListener("submit", update);
    };
  }, [formId, outputId, dataHref]);
  return null;
}
