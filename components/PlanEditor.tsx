"use client";

import type { Route } from "next";
import { useState, type FormEvent } from "react";
import { makePlan } from "@/lib/catalog/planner";
import type { PlanData } from "@/lib/catalog/plan-data";
import { planSearch, readPlanQuery, type PlanInput, type PlanQuery } from "@/lib/catalog/plan-input";
import type { Notice } from "@/lib/web/query";
import { NoticeList } from "./NoticeList";
import { PlanForm } from "./PlanForm";
import { PlanWeek } from "./PlanWeek";

/** A form's fields as the query string it would send: repeated names become lists, in order. */
function formQuery(form: HTMLFormElement): PlanQuery {
  const query: Record<string, string[]> = {};
  for (const [name, value] of new FormData(form)) if (typeof value === "string") (query[name] ??= []).push(value);
  return query;
}

export const calendarHref = (input: PlanInput) => `/plan/calendar.ics?${planSearch(input)}` as Route;

/**
 * The form and the plan. The server renders both from the URL, so the page works without
 * JavaScript (the form is a plain GET); with it, the same planner re-runs here on every change,
 * and the address follows, so the link to share is always the plan on screen.
 */
export function PlanEditor({ data, initial, notices: initialNotices }: { data: PlanData; initial: PlanInput; notices: Notice[] }) {
  const [{ input, notices }, setState] = useState({ input: initial, notices: initialNotices });
  const plan = makePlan(input, data);
  const update = (event: FormEvent<HTMLFormElement>) => {
    const next = readPlanQuery(formQuery(event.currentTarget), new Date());
    setState(next);
    window.history.replaceState(null, "", `/plan?${planSearch(next.input)}`);
  };
  return (
    <>
      <NoticeList notices={notices} title="Some of the week was not understood and was left out" />
      <PlanForm key={planSearch(initial)} input={input} tools={data.tools.filter((t) => !t.discontinued)} onChange={update} />
      <PlanWeek plan={plan} calendarHref={calendarHref(input)} />
    </>
  );
}
