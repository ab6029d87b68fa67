import type { Route } from "next";
import type { ReactNode } from "react";
import { CategoryIcon, type Category } from "./icons/CategoryIcon";
import { IntentLink } from "./IntentLink";

export interface CardProps {
  /** The article the card leads to. */
  entry: { href: Route; title: string; summary: string };
  headingLevel?: 2 | 3;
  /** The category, shown as its icon beside its name. */
  category?: { slug: Category; label: string };
  /** A short line of facts (maker, price…) at the foot of the card. */
  meta?: ReactNode;
}

/**
 * One article in a grid of cards: its title is the card's only link, and the link's ::after covers
 * the card (styles/cards.css), so the whole card is the tap target without nesting anything
 * interactive. The category comes after the heading in the HTML, so a screen reader's heading
 * list reads titles, and is shown above it by CSS, as a kicker.
 */
export function Card({ entry, headingLevel = 3, category, meta }: CardProps) {
  const { href, title, summary } = entry;
  const Heading = `h${headingLevel}` as const;
  return (
    <li className="card">
      <Heading className="card__title">
        <IntentLink href={href} className="card__link">
          {title}
        </IntentLink>
      </Heading>
      {category && (
        <p className="card__kind">
          <CategoryIcon category={category.slug} className="card__icon" />
          {category.label}
        </p>
      )}
      <p className="card__summary">{summary}</p>
      {meta && <p className="card__meta">{meta}</p>}
    </li>
  );
}

/** A responsive grid of cards: as many columns as fit the width it is given. */
export function CardList({ children }: { children: ReactNode }) {
  return <ul className="card-list">{children}</ul>;
}
