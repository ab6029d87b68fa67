import type { ToolCategorySlug } from "@/lib/content/benches";
import type { ModalityCategory } from "@/lib/content/vocabulary";

/** Every category a card can show: the methods' (lib/content/vocabulary.ts) and the tools' (lib/content/benches.ts). */
export type Category = ModalityCategory | ToolCategorySlug;

/**
 * Each category's drawing, made for this site: one path on a 24-unit grid, drawn as a 1.75-unit
 * stroke with round ends, so every icon has the same weight and a page of cards costs one small
 * element per icon. A Record, so a category added to either vocabulary without a drawing fails
 * the typecheck.
 */
export const CATEGORY_DRAWINGS: Record<Category, string> = {
  // methods
  foundations: "M20 14.3A8.5 8.5 0 1 1 9.7 4 6.8 6.8 0 0 0 20 14.3zM19.5 2.5V5M18.25 3.75h2.5",
  cold: "M12 3v18M4.2 7.5l15.6 9M4.2 16.5l15.6-9M9.5 4.5 12 6.5l2.5-2M9.5 19.5l2.5-2 2.5 2",
  heat: "M12 21.5c-3.8 0-6.5-2.7-6.5-6.3 0-3.7 2.8-5.4 3.8-9.2 1.3 1.2 2.1 2.6 2.4 4.2 1.6-1.6 2.4-4 2.1-7.2 3.1 2.4 5.2 6.4 5.2 11.1 0 4.4-2.9 7.4-7 7.4zM12 18.5c1.3 0 2.3-1 2.3-2.4 0-1.4-1.1-2.4-2.3-3.7-1.2 1.3-2.3 2.3-2.3 3.7 0 1.4 1 2.4 2.3 2.4z",
  compression: "M3 12h6M6.5 9 9 12l-2.5 3M21 12h-6M17.5 9 15 12l2.5 3M12 4v16",
  "soft-tissue": "M8 10a4 4 0 1 0 8 0 4 4 0 1 0-8 0M3 16h3.5c2 0 2.5 3 5.5 3s3.5-3 5.5-3H21",
  electrical: "M13.5 2.5 5 13.5h6.5l-1 8 8.5-11h-6.5z",
  movement: "M13.2 4.5a1.8 1.8 0 1 0 3.6 0 1.8 1.8 0 1 0-3.6 0M13.5 8 11 14M7.5 11l2.5-2.5 3.5-.5 2.5 2.5 2.5-.5M14 20.5l.5-4.5-3.5-2-2 3.5-4 1",
  support: "M10.5 18.5l8-8a3.5 3.5 0 0 0-5-5l-8 8a3.5 3.5 0 0 0 5 5zM12 9.5l2.5 2.5-2.5 2.5-2.5-2.5z",
  monitoring: "M2.5 12h4l2.5-6 4 12 2.5-6h6",
  // tools
  "compression-boots": "M8 3h6v10.5l4.4 2a2.7 2.7 0 0 1 1.6 2.5V20a1 1 0 0 1-1 1H9a1 1 0 0 1-1-1zM8 7.5h6M8 12h6",
  "massage-guns": "M8 5h9a3 3 0 0 1 0 6H8zM8 8H5.5M2.5 8a1.5 1.5 0 1 0 3 0 1.5 1.5 0 1 0-3 0M11.5 11v9.5H15V11",
  "muscle-stimulators": "M8 3h8a1 1 0 0 1 1 1v5a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1zM10 6.5h4M9 10c0 3-3.5 3-3.5 6M15 10c0 3 3.5 3 3.5 6M3 16h5v5H3zM16 16h5v5h-5z",
  "cold-plunges": "M3 10h18v4.5a5.5 5.5 0 0 1-5.5 5.5h-7A5.5 5.5 0 0 1 3 14.5zM7 10V6.5h3.5V10M13.5 10V8h3v2M7 14.5c1.2.8 2.3.8 3.5 0s2.3-.8 3.5 0 2.3.8 3.5 0",
  "cold-packs-and-wraps": "M6 4h12a3 3 0 0 1 3 3v10a3 3 0 0 1-3 3H6a3 3 0 0 1-3-3V7a3 3 0 0 1 3-3zM3 7.5h18M12 10v7.5M8.75 11.9l6.5 3.7M8.75 15.6l6.5-3.7",
  "compression-garments": "M8 3h7v9l3.3 3.3a2.8 2.8 0 0 1-4 4l-5.6-5.6A2.4 2.4 0 0 1 8 12zM8 6.5h7M8 10h7",
  "rollers-and-balls": "M6 3a2.5 5 0 1 0 0 10 2.5 5 0 1 0 0-10zM6 3h8a2.5 5 0 0 1 0 10H6M13.5 17.5a3.5 3.5 0 1 0 7 0 3.5 3.5 0 1 0-7 0",
  wearables: "M8 6h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2zM9 6l.7-3h4.6l.7 3M9 18l.7 3h4.6l.7-3M12 9.5V12l1.5 1.5",
  tape: "M3.5 10a6.5 6.5 0 1 0 13 0 6.5 6.5 0 1 0-13 0M7.5 10a2.5 2.5 0 1 0 5 0 2.5 2.5 0 1 0-5 0M16.5 10v10.5h4",
  "skin-care": "M9.5 8.5h5A1.5 1.5 0 0 1 16 10v9.5a1.5 1.5 0 0 1-1.5 1.5h-5A1.5 1.5 0 0 1 8 19.5V10a1.5 1.5 0 0 1 1.5-1.5zM10.5 8.5V6h3v2.5M12 6V3.5h4M10.5 14h3",
  "bands-and-mobility": "M7 8h10a4 4 0 0 1 0 8H7a4 4 0 0 1 0-8zM7.5 10.5h9a1.5 1.5 0 0 1 0 3h-9a1.5 1.5 0 0 1 0-3z",
};

/**
 * A category's icon. Always decorative: the category's name is shown as text beside it, so it is
 * hidden from assistive technology and out of the tab order (focusable="false" for old Edge/IE).
 * The stroke is the text colour, so it follows the theme and the surrounding link or label.
 */
export function CategoryIcon({ category, className }: { category: Category; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
    >
      <path d={CATEGORY_DRAWINGS[category]} />
    </svg>
  );
}
