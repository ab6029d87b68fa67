export const LIGHTHOUSE_PAGES: Record<string, string>;
export const LIGHTHOUSE_PHONE: { width: number; height: number };
