import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { FinderForm } from "@/components/FinderForm";
import { FinderResults } from "@/components/FinderResults";
import { NoticeList } from "@/components/NoticeList";
import { getCatalog } from "@/lib/catalog/catalog";
import { planFromFinder, runFinder, type FinderQuery } from "@/lib/catalog/finder";

export const metadata: Metadata = {
  title: "Find what fits your recovery",
  description: "Answer four optional questions and get recovery methods ranked for your situation, body area, budget and place.",
  alternates: { canonical: "/finder" },
};

export default async function FinderPage({ searchParams }: PageProps<"/finder">) {
  const query = (await searchParams) as FinderQuery;
  const outcome = runFinder(query, getCatalog());
  const answered = Object.keys(query).length > 0;
  return (
    <div className="page--wide">
      <Breadcrumbs trail={[{ href: "/", label: "Home" }]} current="Finder" />
      <h1>Find what fits your recovery</h1>
      <p className="lede">Four optional questions. The answer is a ranked list of methods with the tools that fit your budget, and why.</p>
      <NoticeList notices={outcome.notices} title="Some answers were not understood and were ignored" />
      <div className="finder-layout">
        <FinderForm answers={outcome.answers} />
        {answered && (
          <FinderResults foundations={outcome.foundations} results={outcome.results} market={outcome.answers.market} planHref={planFromFinder(outcome.answers)} />
        )}
      </div>
    </div>
  );
}
