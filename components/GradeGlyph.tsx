import type { Grade } from "@/lib/content/vocabulary";

/**
 * Each grade's shape, so a grade reads in grey scale and for colour-blind readers as well as in
 * colour: a disc filled by how much support there is (full, three quarters, half), a split ring
 * for conflicting results, a struck ring for "studied, no benefit", a dashed ring for "not enough
 * evidence", and a downward triangle for harm. Drawn in a 16-unit box; the badge, the evidence map
 * and the home page's picture of the map all use these paths, so they cannot drift apart.
 */
interface Glyph {
  /** The filled part, if any. */
  fill?: string;
  /** The outline: a ring unless the shape is its own outline. */
  ring: "solid" | "dashed" | "none";
  /** A stroke across the ring. */
  line?: string;
}

// Every path starts with one absolute move and is relative after it, so glyphAt can move it anywhere.
const RING = "M8 2a6 6 0 1 1 0 12a6 6 0 1 1 0-12z";

export const GRADE_GLYPHS: Record<Grade, Glyph> = {
  strong: { fill: RING, ring: "solid" },
  moderate: { fill: "M8 8v-6a6 6 0 1 1-6 6z", ring: "solid" },
  limited: { fill: "M8 2a6 6 0 0 1 0 12z", ring: "solid" },
  conflicting: { ring: "solid", line: "M8 1.5v13" },
  "no-effect": { ring: "solid", line: "M1.5 8h13" },
  insufficient: { ring: "dashed" },
  harm: { fill: "M2 3.5h12l-6 10.5z", ring: "none" },
};

/** A glyph path moved by (dx, dy): its one absolute move is shifted, the relative rest follows. */
export function glyphAt(d: string, dx: number, dy: number): string {
  return d.replace(/^M([\d.]+)[ ,]([\d.]+)/, (_, x: string, y: string) => `M${Number(x) + dx} ${Number(y) + dy}`);
}

/** The glyph's parts as [path, class] pairs in a 0 0 16 16 box: the ring (if any), the fill, the stroke across. */
export function glyphParts(grade: Grade): [string, string][] {
  const glyph = GRADE_GLYPHS[grade];
  return [
    ...(glyph.ring !== "none" ? [[RING, `glyph__ring glyph__ring--${glyph.ring}`] as [string, string]] : []),
    ...(glyph.fill ? [[glyph.fill, "glyph__fill"] as [string, string]] : []),
    ...(glyph.line ? [[glyph.line, "glyph__line"] as [string, string]] : []),
  ];
}

/** A grade's shape on its own; decorative, since the grade's words are always beside it. */
export function GradeGlyph({ grade }: { grade: Grade }) {
  return (
    <svg className={`glyph glyph--${grade}`} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {glyphParts(grade).map(([d, className]) => (
        <path key={className} className={className} d={d} />
      ))}
    </svg>
  );
}
