/**
 * The day a dated source counts from: its own day, or the first of its month when it gives only a
 * month (YYYY-MM). Kept apart from the schemas so formatting and price ages can use it without zod.
 */
export const sourceDay = (date: string) => (date.length === 7 ? `${date}-01` : date);
