// The pages the Lighthouse budget covers, one per page type, and the phone it is read on. The
// bench (scripts/bench-lighthouse.mjs) measures them; the real site's smoke spec runs axe on them
// at the same size, so the two cannot drift apart.

/** One page of each type the budget covers, by the name the bench prints. */
export const LIGHTHOUSE_PAGES = {
  home: "/",
  modality: "/modalities/cold-water-immersion",
  tool: "/tools/normatec-3",
  compare: "/compare/tools/normatec-3/rapid-reboot",
  finder: "/finder?situation=back-to-back&area=calves",
  "evidence map": "/evidence",
  search: "/search?q=ice+bath",
  planner: "/plan?week=2026-12-07&mon=easy&tue=intervals.evening&wed=easy&thu=strength.morning&thu=easy.evening&fri=easy&sat=long&sun=easy&minutes=30&own=foam-roller&area=calves",
};

/** Lighthouse's default mobile screen (its own setting, not one we choose), in CSS pixels. */
export const LIGHTHOUSE_PHONE = { width: 412, height: 823 };
