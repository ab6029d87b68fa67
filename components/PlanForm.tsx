import { PLAN_OUTPUT_ID } from "@/lib/catalog/anchors";
import { marketParam } from "@/lib/catalog/markets";
import { BodyMap } from "./BodyMap";
import { BudgetChoices, MarketOptions } from "./MarketOptions";
import { DAYS, DAY_LABELS, MAX_SESSIONS_A_DAY, MINUTES_CHOICES, sessionParam, type PlanInput } from "@/lib/catalog/plan-input";
import {
  PLAN_SETTINGS,
  PLAN_SETTING_LABELS,
  SESSION_KINDS,
  SESSION_KIND_LABELS,
  TIMES_OF_DAY,
  TIME_OF_DAY_LABELS,
} from "@/lib/content/vocabulary";

export interface OwnableTool {
  slug: string;
  title: string;
}

/**
 * The planner's questions as a plain GET form: it works without JavaScript, and the URL it makes
 * is the whole week, so a plan can be shared or bookmarked. Each day offers one slot more than it
 * holds (up to the limit), so a second session can be added without script.
 */
export function PlanForm({ id, input, tools, folded = false }: { id: string; input: PlanInput; tools: readonly OwnableTool[]; folded?: boolean }) {
  const form = (
    <form id={id} method="get" action={`/plan#${PLAN_OUTPUT_ID}`} className="plan-form">
      <fieldset className="plan-form__week">
        <legend>Your training week</legend>
        <label className="plan-form__field">
          <span>Week starting (Monday)</span>
          <input type="date" name="week" defaultValue={input.start} required />
        </label>
        <div className="plan-form__days">
          {DAYS.map((day) => {
            const slots = Math.min(MAX_SESSIONS_A_DAY, Math.max(2, input.days[day].length + 1));
            return (
              <fieldset key={day} className="plan-form__day">
                <legend>{DAY_LABELS[day]}</legend>
                {Array.from({ length: slots }, (_, i) => {
                  const session = input.days[day][i];
                  return (
                    <div key={i} className="plan-form__slot">
                      <label htmlFor={`${day}-${i}`} className="visually-hidden">
                        {`${DAY_LABELS[day]}, session ${i + 1}`}
                      </label>
                      {/* One select per session, its kind and time together: selects are what costs a phone most to lay out. */}
                      <select id={`${day}-${i}`} name={day} defaultValue={session ? sessionParam(session) : ""}>
                        <option value="">{i === 0 ? "Rest" : "None"}</option>
                        {SESSION_KINDS.map((k) => (
                          <optgroup key={k} label={SESSION_KIND_LABELS[k]}>
                            {TIMES_OF_DAY.map((t) => (
                              <option key={t} value={sessionParam({ kind: k, time: t })}>
                                {`${SESSION_KIND_LABELS[k]}, ${TIME_OF_DAY_LABELS[t].toLowerCase()}`}
                              </option>
                            ))}
                          </optgroup>
                        ))}
                      </select>
                    </div>
                  );
                })}
              </fieldset>
            );
          })}
        </div>
        <label className="plan-form__field">
          <span>Race date (optional)</span>
          <input type="date" name="race" defaultValue={input.race ?? ""} />
        </label>
      </fieldset>

      <fieldset>
        <legend>Your time, place and budget</legend>
        <div className="plan-form__row">
          <label className="plan-form__field">
            <span>Minutes free after a session</span>
            <select name="minutes" defaultValue={String(input.minutes)}>
              {[...new Set([...MINUTES_CHOICES, input.minutes])]
                .sort((a, b) => a - b)
                .map((m) => (
                  <option key={m} value={m}>
                    {m === 0 ? "None" : `${m} minutes`}
                  </option>
                ))}
            </select>
          </label>
          <label className="plan-form__field">
            <span>Where you will be</span>
            <select name="setting" defaultValue={input.setting}>
              {PLAN_SETTINGS.map((s) => (
                <option key={s} value={s}>
                  {PLAN_SETTING_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <label className="plan-form__field">
            <span>Prices in</span>
            <select name="market" defaultValue={marketParam(input.market)}>
              <MarketOptions />
            </select>
          </label>
        </div>
        <fieldset className="plan-form__choices">
          <legend>Budget for a new tool</legend>
          <BudgetChoices budget={input.budget} market={input.market} />
        </fieldset>
      </fieldset>

      <details className="plan-form__more" open={input.owned.length > 0 || input.areas.length > 0}>
        <summary>Tools you own and what bothers you</summary>
        <fieldset className="plan-form__choices">
          <legend>Tools you own</legend>
          {tools.map((t) => (
            <label key={t.slug} className="choice">
              <input type="checkbox" name="own" value={t.slug} defaultChecked={input.owned.includes(t.slug)} />
              {t.title}
            </label>
          ))}
        </fieldset>
        <BodyMap name="area" type="checkbox" selected={input.areas} legend="Where it bothers you" />
      </details>
      <button type="submit">Plan my week</button>
    </form>
  );
  return folded ? (
    <details className="plan-form__fold">
      <summary>Change your week</summary>
      {form}
    </details>
  ) : (
    form
  );
}
