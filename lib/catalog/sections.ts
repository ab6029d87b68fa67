import type { Route } from "next";
import { collections, type CollectionName } from "../content/collections";

/** A section's index page as a breadcrumb or navigation link, named as the registry names it. */
export function sectionCrumb(collection: CollectionName): { href: Route; label: string } {
  return { href: collections[collection].index as Route, label: collections[collection].labelPlural };
}
