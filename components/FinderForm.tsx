import { SETTINGS } from "@/lib/content/vocabulary";
import { SITUATION_LABELS, type FinderAnswers } from "@/lib/catalog/finder";
import { marketParam } from "@/lib/catalog/markets";
import { BodyMap } from "./BodyMap";
import { BudgetChoices, MarketOptions } from "./MarketOptions";
import { FINDER_RESULTS_ID } from "@/lib/catalog/anchors";

/**
 * The finder's questions as a plain GET form; every question is optional. The answer opens at the
 * results, not at the top of the form it was asked with, which is all a phone would show.
 */
export function FinderForm({ answers }: { answers: FinderAnswers }) {
  return (
    <form method="get" action={`/finder#${FINDER_RESULTS_ID}`} className="finder-form">
      <fieldset>
        <legend>What is your situation? (choose any)</legend>
        {Object.entries(SITUATION_LABELS).map(([value, label]) => (
          <label key={value} className="choice">
            <input type="checkbox" name="situation" value={value} defaultChecked={answers.situations.includes(value as never)} />
            {label}
          </label>
        ))}
      </fieldset>
      <BodyMap name="area" type="radio" selected={[answers.area ?? ""]} legend="Where do you feel it most?" anyLabel="Anywhere" />
      <div className="finder-form__row">
        <label className="finder-form__select">
          <span>Where will you do it?</span>
          <select name="setting" defaultValue={answers.setting ?? ""}>
            <option value="">Anywhere</option>
            {SETTINGS.map((s) => (
              <option key={s} value={s}>
                {s === "home" ? "At home" : s === "gym" ? "At a gym" : "At a clinic or studio"}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset>
        <legend>Budget</legend>
        <label>
          Prices in{" "}
          <select name="market" defaultValue={marketParam(answers.market)}>
            <MarketOptions />
          </select>
        </label>
        <BudgetChoices budget={answers.budget} market={answers.market} />
      </fieldset>
      <button type="submit">Show what fits</button>
    </form>
  );
}
