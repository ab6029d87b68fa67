import { PlanView } from "@/components/PlanView";
import { getCatalog } from "@/lib/catalog/catalog";
import type { PlanQuery } from "@/lib/catalog/plan-input";
import { planPage } from "@/lib/catalog/plan-page";
import { PLAN_METADATA } from "@/lib/web/metadata";

export const metadata = PLAN_METADATA;

// The empty form, a week left to default to the current one, and odd queries render here; a
// canonical query that names its week is rewritten by proxy.ts to the kept route beside this one
// (kept/[key]), which renders the same view once and keeps it.
export default async function PlanPage({ searchParams }: PageProps<"/plan">) {
  return <PlanView page={planPage((await searchParams) as PlanQuery, new Date(), getCatalog())} />;
}
