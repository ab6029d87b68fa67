import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PlanForm } from "@/components/PlanForm";
import { PlanLive } from "@/components/PlanLive";
import { PlanOutput } from "@/components/PlanOutput";
import { PlanPresets } from "@/components/PlanPresets";
import type { planPage } from "@/lib/catalog/plan-page";
import { PLAN_OUTPUT_ID } from "@/lib/catalog/anchors";

/** The planner's page: presets, the week's form (folded once there is a plan), the plan, and the script that re-plans as the form changes. */
export function PlanView({ page }: { page: ReturnType<typeof planPage> }) {
  return (
    <div className="page--wide">
      <Breadcrumbs trail={[{ href: "/", label: "Home" }]} current="Planner" />
      <h1>Plan your recovery week</h1>
      <p className="lede">Put in your sessions, the time you have and the kit you own. You get what to do after each session, when, and what to skip, each with the grade of its evidence.</p>
      <PlanPresets presets={page.presets} />
      <PlanForm id="plan-form" input={page.input} tools={page.tools} folded={page.folded} />
      <div id={PLAN_OUTPUT_ID}>
        <PlanOutput plan={page.plan} notices={page.notices} />
      </div>
      <PlanLive formId="plan-form" outputId={PLAN_OUTPUT_ID} dataHref="/plan/data.json" />
    </div>
  );
}
