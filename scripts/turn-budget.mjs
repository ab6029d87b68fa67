// How many requests a server process starts per turn of its event loop (scripts/serve.mjs).
//
// Why: Node takes one new connection per turn of its event loop (libuv#3696), and Next renders a
// kept page in one go, so a turn lasts as long as the renders of every request that arrived during
// it. Under 64 connections opened at once a turn grew to 150–250 ms, and the last connection of a
// process waited 2 to 4.6 s before it was even accepted. Starting at most a few requests per turn,
// the rest in arrival order in the turns after, keeps every turn short: the same 64 connections are
// all accepted within about 300 ms, and no request waits behind more than the queue ahead of it.

/**
 * An admission of at most `perTurn` new requests a turn of the event loop. A request arriving when
 * nobody waits and the turn's share is free starts at once; any other waits, first come first
 * started, for the check phase at the end of the turn, where the share is renewed. `admit(start)`
 * runs `start` now or then, and returns a function that withdraws it if it has not started (a
 * request whose connection closed while it waited). `defer` reaches the next check phase
 * (setImmediate; tests pass their own).
 */
export function turnBudget(perTurn, defer = setImmediate) {
  if (!Number.isInteger(perTurn) || perTurn < 1) throw new Error(`turnBudget needs a whole number of requests per turn of at least 1, not ${perTurn}`);
  const waiting = new Set();
  let started = 0;
  let scheduled = false;

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    defer(nextTurn);
  };
  // A callback queued by setImmediate from inside the check phase runs in the next turn's, so a
  // long queue is worked off `perTurn` at a time with a poll (new connections, new requests) between.
  const nextTurn = () => {
    scheduled = false;
    started = 0;
    for (const start of waiting) {
      if (started === perTurn) break;
      waiting.delete(start);
      started++;
      start();
    }
    if (waiting.size > 0) schedule();
  };

  return {
    admit(start) {
      if (started < perTurn && waiting.size === 0) {
        started++;
        start();
      } else {
        waiting.add(start);
      }
      schedule();
      return () => waiting.delete(start);
    },
    /** How many requests are waiting for a turn. */
    get waiting() {
      return waiting.size;
    },
  };
}
