import type { Route } from "next";
import type { ReactNode } from "react";
import { Mark } from "@/components/Mark";

// Small line drawings, one per job; decorative, since each job's heading names it.
const ICONS: Record<"finder" | "compare" | "plan", ReactNode> = {
  finder: <path d="M11 4a7 7 0 1 0 0 14a7 7 0 0 0 0-14zM16 16l4.5 4.5M8 11h6M11 8v6" />,
  compare: <path d="M4 5h6v14H4zM14 5h6v14h-6zM6.5 9h1M6.5 12.5h1M16.5 9h1M16.5 15h1" />,
  plan: <path d="M4 6h16v14H4zM4 10h16M8 3v5M16 3v5M8 14h2M13 14h2M8 17h2" />,
};

interface Job {
  icon: keyof typeof ICONS;
  title: string;
  href: Route;
  action: string;
  text: string;
  /** Shortcuts into the job, such as ready-made comparisons. */
  links?: readonly { href: string; label: string }[];
}

/** The three things runners come to do, first on the home page; `comparisons` are the compare job's shortcuts. */
export function HomeJobs({ comparisons }: { comparisons: readonly { href: string; label: string }[] }) {
  const jobs: Job[] = [
    {
      icon: "finder",
      title: "Find what fits",
      href: "/finder",
      action: "Start the finder",
      text: "Four quick questions: where it hurts, what you did, where you are and what you can spend. You get methods ranked for you, each with its grade.",
    },
    {
      icon: "compare",
      title: "Compare tools",
      href: "/compare",
      action: "Compare any tools",
      text: "The same facts for every product of a kind, side by side, with dated prices in your market.",
      links: comparisons,
    },
    {
      icon: "plan",
      title: "Plan my week",
      href: "/plan",
      action: "Plan your week",
      text: "Put in your sessions and the time you have. You get what to do after each one, when, and what to skip.",
    },
  ];
  return (
    <ul className="jobs">
      {jobs.map((job) => (
        <li key={job.href} className="job">
          <svg className="job__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            {ICONS[job.icon]}
          </svg>
          <h2 className="job__title">{job.title}</h2>
          <p>{job.text}</p>
          {job.links && job.links.length > 0 && (
            <ul className="job__links">
              {job.links.map((l) => (
                <li key={l.href}>
                  <a href={l.href}>{l.label}</a>
                </li>
              ))}
            </ul>
          )}
          <a className="job__action" href={job.href}>
            {job.action}
            <Mark kind="onward" />
          </a>
        </li>
      ))}
    </ul>
  );
}
