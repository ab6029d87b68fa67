import { Breadcrumbs } from "@/components/Breadcrumbs";
import { FinderForm } from "@/components/FinderForm";
import { FinderResults } from "@/components/FinderResults";
import { NoticeList } from "@/components/NoticeList";
import type { finderPage } from "@/lib/catalog/finder";

/** The finder's page: its form, what in the query was not understood, and the ranked answer once anything was asked. */
export function FinderView({ page: { outcome, answered, planHref } }: { page: ReturnType<typeof finderPage> }) {
  return (
    <div className="page--wide">
      <Breadcrumbs trail={[{ href: "/", label: "Home" }]} current="Finder" />
      <h1>Find what fits your recovery</h1>
      <p className="lede">Four optional questions. The answer is a ranked list of methods with the tools that fit your budget, and why.</p>
      <NoticeList notices={outcome.notices} title="Some answers were not understood and were ignored" />
      <div className="finder-layout">
        <FinderForm answers={outcome.answers} />
        {answered && <FinderResults foundations={outcome.foundations} results={outcome.results} market={outcome.answers.market} planHref={planHref} />}
      </div>
    </div>
  );
}
