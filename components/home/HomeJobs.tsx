import type { Route } from "next";
import type { ReactNode } from "react";

// Small line drawings, one per job; decorative, since each job's heading names it.
const ICONS: Record<"finder" | "compare" | "plan", ReactNode> = {
  finder: <path d="M11 4a7 7 0 1 0 0 14a7 7 0 0 0 0-14zM16 16l4.5 4.5M8 11h6M11 8v6" />,
  compare: <path d="M4 5h6v14H4zM14 5h6v14h-6zM6.5 9h1M6.5 12.5h1M16.5 9h1M16.5 15h1" />,
  plan: <path d="M4 6h16v14H4zM4 10h16M8 3v5M16 3v5M8 14h2M13 14h2M8 17h2" />,
};

export interface Job {
  icon: keyof typeof ICONS;
  title: string;
  href: Route;
  action: string;
  text: string;
  /** Shortcuts into the job, such as ready-made comparisons. */
  links?: { href: string; label: string }[];
}

/** The three things runners come to do, first on the home page. */
export function HomeJobs({ jobs }: { jobs: readonly Job[] }) {
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
          </a>
        </li>
      ))}
    </ul>
  );
}
