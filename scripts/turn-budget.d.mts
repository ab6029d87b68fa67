export function turnBudget(
  perTurn: number,
  defer?: (callback: () => void) => unknown,
): { admit(start: () => void): () => boolean; readonly waiting: number };
