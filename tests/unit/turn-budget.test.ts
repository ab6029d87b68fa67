import { describe, expect, it } from "vitest";
import { turnBudget } from "../../scripts/turn-budget.mjs";

/** A stand-in for setImmediate whose turns the test runs one at a time. */
function turns() {
  let queued: (() => void)[] = [];
  return {
    defer: (callback: () => void) => void queued.push(callback),
    /** Runs the callbacks queued before this turn; those they queue wait for the next. */
    next() {
      const now = queued;
      queued = [];
      for (const callback of now) callback();
    },
    get pending() {
      return queued.length;
    },
  };
}

describe("turnBudget", () => {
  it("starts at most perTurn requests at once and the rest perTurn a turn, first come first started", () => {
    const loop = turns();
    const budget = turnBudget(2, loop.defer);
    const order: number[] = [];
    for (let i = 1; i <= 7; i++) budget.admit(() => order.push(i));
    expect(order).toEqual([1, 2]);
    expect(budget.waiting).toBe(5);
    loop.next();
    expect(order).toEqual([1, 2, 3, 4]);
    loop.next();
    expect(order).toEqual([1, 2, 3, 4, 5, 6]);
    loop.next();
    expect(order).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(budget.waiting).toBe(0);
    loop.next();
    expect(loop.pending).toBe(0);
  });

  it("does not let a newcomer overtake requests that are waiting", () => {
    const loop = turns();
    const budget = turnBudget(1, loop.defer);
    const order: string[] = [];
    budget.admit(() => order.push("a"));
    budget.admit(() => order.push("b"));
    loop.next(); // b starts; the budget of this turn is spent
    budget.admit(() => order.push("c"));
    budget.admit(() => order.push("d"));
    expect(order).toEqual(["a", "b"]);
    loop.next();
    loop.next();
    expect(order).toEqual(["a", "b", "c", "d"]);
  });

  it("starts a newcomer at once when nothing waits and this turn's share is free", () => {
    const loop = turns();
    const budget = turnBudget(1, loop.defer);
    let started = 0;
    budget.admit(() => started++);
    loop.next(); // a quiet turn: nothing waited, the share is free again
    budget.admit(() => started++);
    expect(started).toBe(2);
    // This one arrives in the same turn: its share is taken, so it starts in the next.
    budget.admit(() => started++);
    expect(started).toBe(2);
    loop.next();
    expect(started).toBe(3);
  });

  it("skips a request withdrawn while it waited, and gives its place to the next", () => {
    const loop = turns();
    const budget = turnBudget(1, loop.defer);
    const order: string[] = [];
    budget.admit(() => order.push("a"));
    const withdraw = budget.admit(() => order.push("gone"));
    budget.admit(() => order.push("c"));
    expect(withdraw()).toBe(true);
    loop.next();
    expect(order).toEqual(["a", "c"]);
    expect(withdraw()).toBe(false);
  });

  it("works off its queue in turns of the real event loop, with other callbacks between", async () => {
    const budget = turnBudget(2);
    const order: string[] = [];
    for (let i = 1; i <= 6; i++) budget.admit(() => order.push(`r${i}`));
    // Queued now, so it runs in this check phase, after the budget's own callback.
    setImmediate(() => order.push("poll"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual(["r1", "r2", "r3", "r4", "poll", "r5", "r6"]);
  });

  it("refuses a budget that would start nothing", () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => turnBudget(bad)).toThrow(/whole number/);
  });
});
