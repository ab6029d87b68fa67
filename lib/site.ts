/** Site-wide settings in one typed place. */
export const site = {
  name: "Runner's Recovery Guide",
  shortName: "Recovery Guide",
  /** The home page's heading, and the title of the site's social image. */
  tagline: "Recovery tools for runners, graded on the evidence",
  description:
    "What the research says about ice baths, compression boots, massage guns and every other recovery tool for runners, graded honestly.",
  /** The public origin, used for canonical URLs; set SITE_URL in production. */
  url: process.env.SITE_URL ?? "http://localhost:3000",
} as const;
