// @vitest-environment jsdom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { BodyMap } from "@/components/BodyMap";
import { FinderForm } from "@/components/FinderForm";
import { PlanForm } from "@/components/PlanForm";
import { bodyAreaLabel } from "@/lib/catalog/format";
import { readFinderQuery } from "@/lib/catalog/finder";
import { readPlanQuery } from "@/lib/catalog/plan-input";
import { BODY_AREAS } from "@/lib/content/vocabulary";

const group = (name: string) => screen.getByRole("group", { name });
const inputsOf = (el: HTMLElement) => [...el.querySelectorAll<HTMLInputElement>("input")];

describe("BodyMap", () => {
  it("offers every body area once, as a control named by the area, and checks the selected ones", () => {
    render(<BodyMap name="area" type="checkbox" selected={["calves", "back"]} legend="Where it hurts" />);
    const map = group("Where it hurts");
    for (const area of BODY_AREAS) {
      const control = within(map).getByLabelText(bodyAreaLabel(area), { selector: "input" });
      expect(control).toHaveAttribute("type", "checkbox");
      expect(control).toHaveAttribute("name", "area");
      expect(control).toHaveAttribute("value", area);
      if (area === "calves" || area === "back") expect(control).toBeChecked();
      else expect(control).not.toBeChecked();
    }
    // one control per area, and nothing else
    expect(inputsOf(map).map((i) => i.value).sort()).toEqual([...BODY_AREAS].sort());
    expect(within(map).queryAllByRole("radio")).toEqual([]);
  });

  it("as radio buttons, offers the 'any area' choice valued empty", () => {
    render(<BodyMap name="area" type="radio" selected={[""]} legend="Where?" anyLabel="Anywhere" />);
    const map = group("Where?");
    const radios = within(map).getAllByRole("radio");
    expect(radios).toHaveLength(BODY_AREAS.length + 1);
    expect(within(map).getByRole("radio", { name: "Anywhere" })).toHaveAttribute("value", "");
    expect(within(map).getByRole("radio", { name: "Anywhere" })).toBeChecked();
    expect(radios.filter((r) => (r as HTMLInputElement).checked)).toHaveLength(1);
  });

  it("makes each area drawn on the picture a label of its control, so a click on the drawing chooses it", () => {
    const { container } = render(<BodyMap name="area" type="radio" selected={[]} legend="Where?" />);
    const drawn = [...container.querySelectorAll<HTMLLabelElement>("label.body-map__hit")];
    expect(drawn.length).toBeGreaterThan(5);
    for (const label of drawn) {
      // the picture is decoration for assistive technology; the named controls carry the form
      expect(label.closest("[aria-hidden='true']")).not.toBeNull();
      expect(label.querySelector("path")).not.toBeNull();
      expect(label.control).toBeInstanceOf(HTMLInputElement);
    }
    const calves = container.querySelector<HTMLLabelElement>("label.body-map__hit--calves")!;
    expect(calves.control).toBe(screen.getByRole("radio", { name: "Calves" }));
    fireEvent.click(calves.querySelector("path")!);
    expect(screen.getByRole("radio", { name: "Calves" })).toBeChecked();
    // what is not drawn is still a choice
    expect(container.querySelector(".body-map__hit--upper-body")).toBeNull();
    expect(screen.getByRole("radio", { name: "Upper body" })).toBeInTheDocument();
  });
});

describe("the forms that ask for a body area", () => {
  it("the finder asks with radio buttons named area, the URL's answer checked", () => {
    render(<FinderForm answers={readFinderQuery({ area: "it-band" }).answers} />);
    const map = group("Where do you feel it most?");
    expect(within(map).getByRole("radio", { name: "IT band" })).toBeChecked();
    expect(within(map).getByRole("radio", { name: "Anywhere" })).not.toBeChecked();
    expect(new Set(inputsOf(map).map((i) => `${i.type} ${i.name}`))).toEqual(new Set(["radio area"]));
    expect(new FormData(map.closest("form")!).getAll("area")).toEqual(["it-band"]);
  });

  it("the finder with no area answered checks Anywhere, which sends an empty area", () => {
    render(<FinderForm answers={readFinderQuery({}).answers} />);
    const map = group("Where do you feel it most?");
    expect(within(map).getByRole("radio", { name: "Anywhere" })).toBeChecked();
    expect(new FormData(map.closest("form")!).getAll("area")).toEqual([""]);
  });

  it("the planner asks with checkboxes named area, several allowed, the URL's answers checked", () => {
    const { input } = readPlanQuery({ week: "2026-12-07", area: ["shins", "knees"] }, new Date("2026-12-01"));
    render(<PlanForm id="plan" input={input} tools={[]} />);
    const map = group("Where it bothers you");
    expect(new Set(inputsOf(map).map((i) => `${i.type} ${i.name}`))).toEqual(new Set(["checkbox area"]));
    expect(within(map).getByRole("checkbox", { name: "Shins" })).toBeChecked();
    expect(within(map).getByRole("checkbox", { name: "Knees" })).toBeChecked();
    expect(new FormData(map.closest("form")!).getAll("area").sort()).toEqual(["knees", "shins"]);
  });
});
