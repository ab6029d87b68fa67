import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PlanForm } from "@/components/PlanForm";
import { PlanLive } from "@/components/PlanLive";
import { PlanOutput } from "@/components/PlanOutput";
import { PlanPresets } from "@/components/PlanPresets";
import { getCatalog } from "@/lib/catalog/catalog";
import { planData } from "@/lib/catalog/plan-data";
import { makePlan } from "@/lib/catalog/planner";
import { DAYS, readPlanQuery, type PlanQuery } from "@/lib/catalog/plan-input";
import { planHref, presetInput, PLAN_PRESETS } from "@/lib/catalog/plan-presets";
import { pageMetadata } from "@/lib/web/metadata";

export const metadata = pageMetadata({
  title: "Plan your recovery week",
  description: "Enter your training week and get what to do after each session, and what to skip, with the grade of the evidence behind every suggestion.",
  path: "/plan",
});

export default async function PlanPage({ searchParams }: PageProps<"/plan">) {
  const data = planData(getCatalog());
  const { input, notices } = readPlanQuery((await searchParams) as PlanQuery, new Date(), data.tools.map((t) => t.slug));
  const presets = PLAN_PRESETS.map((p) => ({ label: p.label, description: p.description, href: planHref(presetInput(p, input)) }));
  return (
    <div className="page--wide">
      <Breadcrumbs trail={[{ href: "/", label: "Home" }]} current="Planner" />
      <h1>Plan your recovery week</h1>
      <p className="lede">Put in your sessions, the time you have and the kit you own. You get what to do after each session, when, and what to skip, each with the grade of its evidence.</p>
      <PlanPresets presets={presets} />
      {/* Once a week is on the plan, the plan leads and the form folds away under "Change your week". */}
      <PlanForm id="plan-form" input={input} tools={data.tools.filter((t) => !t.discontinued)} folded={DAYS.some((d) => input.days[d].length > 0)} />
      <div id="plan-output">
        <PlanOutput plan={makePlan(input, data)} notices={notices} />
      </div>
      <PlanLive formId="plan-form" outputId="plan-output" dataHref="/plan/data.json" />
    </div>
  );
}
