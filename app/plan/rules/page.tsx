import { notFound } from "next/navigation";
import { PlanRules } from "@/components/PlanRules";
import { getCatalog } from "@/lib/catalog/catalog";
import { planRulesView } from "@/lib/catalog/plan-rules-view";
import { pageMetadata } from "@/lib/web/metadata";

export const metadata = pageMetadata({
  title: "How the planner decides",
  description: "The planner's rules: what to do after which session and when, what to skip, and the graded evidence each rule rests on.",
  path: "/plan/rules",
});

export default function PlanRulesPage() {
  const catalog = getCatalog();
  const planner = catalog.planner;
  if (!planner) notFound();
  return <PlanRules title={planner.title} summary={planner.summary} updated={planner.updated} body={planner.body} rules={planRulesView(catalog)} />;
}
