import type { Route } from "next";
import type { z } from "zod";
import { referenceFields, type ReferenceField } from "./references";
import { categoryFrontmatter, guideFrontmatter, modalityFrontmatter, studyFrontmatter, toolFrontmatter } from "./schemas";

/**
 * Every collection of the site, defined once: its folder under content/ (the key), its names, its
 * schema and its URLs. Reference fields are declared in the schemas with `ref()`. Loading, the
 * cross-link checks, the JSON Schemas, the scaffold, the catalog, search, feeds, the sitemap,
 * social images and structured data all iterate this list; adding a collection is one entry here,
 * one route folder in app/ and one component (README, "How it is built").
 */
export interface CollectionDefinition<S extends z.ZodType = z.ZodType> {
  /** One entry, as the scaffold and messages name it: `npm run new -- tool "Name"`. */
  singular: string;
  /** What readers call one entry and the section, in headings, search results and social cards. */
  label: string;
  labelPlural: string;
  schema: S;
  /** The section's index page; every entry's page is `${index}/${slug}`. */
  index: `/${string}`;
  /** Whether an entry must have a Markdown body (a study can be all frontmatter). */
  bodyRequired: boolean;
  /** Headings the scaffold writes into a new entry's body. */
  outline: readonly string[];
  /**
   * How much a search match in one of its entries counts: a study's title names the method it
   * tested ("Cold-water immersion for … soreness"), and a reader searching a method wants the
   * method's page first, the paper behind it after.
   */
  searchWeight: number;
  /** schema.org type of an entry's page; "by kind" when each entry's own kind decides (a study's: STUDY_KIND_SCHEMA_TYPES). */
  schemaOrgType: "Article" | "Product" | "by kind";
}

const define = <S extends z.ZodType>(definition: CollectionDefinition<S>) => definition;

export const collections = {
  modalities: define({
    singular: "modality",
    label: "Recovery method",
    labelPlural: "Methods",
    schema: modalityFrontmatter,
    index: "/modalities",
    bodyRequired: true,
    outline: ["How it works", "What the research shows", "How to do it", "Timing", "Who benefits most", "When to skip it", "Cost and access"],
    searchWeight: 1,
    schemaOrgType: "Article",
  }),
  tools: define({
    singular: "tool",
    label: "Tool",
    labelPlural: "Tools",
    schema: toolFrontmatter,
    index: "/tools",
    bodyRequired: true,
    outline: ["What it is", "How it delivers the method", "Specs and price", "Who it suits", "How to use it safely", "Cheaper or free alternatives"],
    searchWeight: 1,
    schemaOrgType: "Product",
  }),
  guides: define({
    singular: "guide",
    label: "Guide",
    labelPlural: "Guides",
    schema: guideFrontmatter,
    index: "/guides",
    bodyRequired: true,
    outline: ["Introduction"],
    searchWeight: 1,
    schemaOrgType: "Article",
  }),
  categories: define({
    singular: "category",
    label: "Buying guide",
    labelPlural: "Buying guides",
    schema: categoryFrontmatter,
    // The file name is a category of lib/content/benches.ts: the page holds that category's picks.
    index: "/tools/category",
    bodyRequired: true,
    outline: ["What matters in this category", "Our picks", "What we skip", "What we considered"],
    searchWeight: 1,
    schemaOrgType: "Article",
  }),
  studies: define({
    singular: "study",
    label: "Study",
    labelPlural: "Studies",
    schema: studyFrontmatter,
    index: "/studies",
    bodyRequired: false,
    outline: [],
    searchWeight: 0.5,
    schemaOrgType: "by kind",
  }),
};

export type Collections = typeof collections;
export type CollectionName = keyof Collections;
export type FrontmatterOf<C extends CollectionName> = z.output<Collections[C]["schema"]>;

export const COLLECTION_NAMES = Object.keys(collections) as CollectionName[];

export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(collections, name);
}

/**
 * The reference fields of each collection, found in its schema; a ref() naming a collection that
 * does not exist is a programming error, so it stops the process with the schema and field named.
 */
export function referenceFieldsByCollection(definitions: Record<string, { schema: z.ZodType }>): Map<string, ReferenceField[]> {
  return new Map(
    Object.entries(definitions).map(([name, { schema }]) => {
      const fields = referenceFields(schema);
      for (const field of fields) {
        if (!Object.hasOwn(definitions, field.target)) {
          throw new Error(`The ${name} schema has a ref("${field.target}") at ${field.path.join(".")}, but there is no collection "${field.target}" in lib/content/collections.ts`);
        }
      }
      return [name, fields];
    }),
  );
}

const REFERENCE_FIELDS = referenceFieldsByCollection(collections);

/** Where a collection's entries reference other entries, found in its schema once. */
export function referenceFieldsOf(collection: CollectionName): readonly ReferenceField[] {
  return REFERENCE_FIELDS.get(collection)!;
}

/** The page of one entry: the one place an article URL is made (typed as a route of the app). */
export function entryHref(collection: CollectionName, slug: string): Route {
  return `${collections[collection].index}/${slug}` as Route;
}

/** The collection a singular name (as `npm run new` takes it) stands for. */
export function collectionBySingular(singular: string): CollectionName | undefined {
  return COLLECTION_NAMES.find((name) => collections[name].singular === singular);
}
