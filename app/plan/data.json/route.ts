import { getCatalog } from "@/lib/catalog/catalog";
import { planData } from "@/lib/catalog/plan-data";

// What the planner needs to re-plan in the browser (methods, grades, tools, rules), built once at
// build time; the page fetches it when the runner first reaches for the form.
export const dynamic = "force-static";

export function GET() {
  return Response.json(planData(getCatalog()));
}
