import { notFound } from "next/navigation";
import { PlanView } from "@/components/PlanView";
import { getCatalog } from "@/lib/catalog/catalog";
import { planPage } from "@/lib/catalog/plan-page";
import { keptQuery } from "@/lib/web/kept-query-pages";
import { PLAN_METADATA } from "@/lib/web/metadata";
import { queryRecord } from "@/lib/web/query";

// A plan for one canonical query that names its week, reached only through proxy.ts's rewrite of
// /plan?<query> (lib/web/kept-query-pages.ts): rendered on its first request, then kept (ISR).
// The week is named, so `today` changes nothing on the page.
export const revalidate = false;
export const dynamicParams = true;
export const generateStaticParams = async (): Promise<{ key: string }[]> => [];
export const metadata = PLAN_METADATA;

export default async function KeptPlanPage({ params }: PageProps<"/plan/kept/[key]">) {
  const query = keptQuery("/plan", (await params).key) ?? notFound();
  return <PlanView page={planPage(queryRecord(query), new Date(), getCatalog())} />;
}
