import type { Route } from "next";
import { GRADES, GRADE_LABELS, type Grade } from "@/lib/content/vocabulary";
import type { EvidenceMap } from "@/lib/catalog/evidence-map";
import type { OutcomeLeaders } from "@/lib/catalog/home";
import { GradeGlyph, glyphAt, glyphParts } from "../GradeGlyph";

// The drawing, in viewBox units: a label column, then one column per outcome.
const LABEL_W = 250;
const COL_W = 92;
const ROW_H = 20;
const HEAD_H = 44;
const GLYPH = 16;

/** "Pneumatic compression (recovery boots)" -> "Pneumatic compression": the picture has room for a name, not a subtitle. */
const shortName = (title: string) => title.split(/: | \(/)[0];

/**
 * The evidence map in miniature: every method's grade on every outcome as a shape, one row per
 * method. The words under it say which methods lead each outcome, and the full map (a table, with
 * every grade in words and a link to its reasons) is one click away, so the picture itself is
 * decorative to a screen reader.
 */
export function EvidenceGlance({ map, leaders, href }: { map: EvidenceMap; leaders: readonly OutcomeLeaders[]; href: Route }) {
  const width = LABEL_W + COL_W * map.columns.length;
  const height = HEAD_H + ROW_H * map.rows.length;
  const used = GRADES.filter((g) => map.rows.some((r) => r.cells.some((c) => c.grade === g)));
  // Each grade's cells drawn as one path per part (ring, fill, line): a page of 100 shapes costs a
  // few elements, where one <use> per cell cost a shadow tree each and doubled the page's style work.
  const cellsOf = (g: Grade) =>
    map.rows.flatMap((r, row) => r.cells.flatMap((c, i) => (c.grade === g ? [[LABEL_W + COL_W * i + (COL_W - GLYPH) / 2, HEAD_H + ROW_H * row + (ROW_H - GLYPH) / 2] as const] : [])));
  return (
    <figure className="glance">
      <a href={href} className="glance__picture" aria-label="Open the full evidence map">
        <svg viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false" fontSize={13}>
          {map.columns.map((c, i) => (
            <text key={c.outcome} className="glance__head" x={LABEL_W + COL_W * i + COL_W / 2} y={HEAD_H - 26} textAnchor="middle">
              {c.shortLabel.split(" ").map((word, line) => (
                <tspan key={word} x={LABEL_W + COL_W * i + COL_W / 2} dy={line === 0 ? 0 : 15}>
                  {word}
                </tspan>
              ))}
            </text>
          ))}
          {map.rows.map((r, row) => (
            <g key={r.slug} transform={`translate(0 ${HEAD_H + ROW_H * row})`}>
              {row % 2 === 0 && <rect className="glance__stripe" width={width} height={ROW_H} />}
              <text className="glance__label" x={4} y={ROW_H / 2 + 4}>
                {shortName(r.title)}
              </text>
            </g>
          ))}
          {used.map((g) => (
            <g key={g} className={`grade--${g}`}>
              {glyphParts(g).map(([part, className]) => (
                <path key={className} className={className} d={cellsOf(g).map(([x, y]) => glyphAt(part, x, y)).join("")} />
              ))}
            </g>
          ))}
        </svg>
      </a>
      <figcaption>
        <ul className="glance__key" aria-label="Key">
          {used.map((g) => (
            <li key={g} className={`grade grade--${g}`}>
              <GradeGlyph grade={g} />
              {GRADE_LABELS[g]}
            </li>
          ))}
        </ul>
        <p className="glance__summary">Where the evidence is best, outcome by outcome:</p>
        <dl className="glance__leaders">
          {leaders.map((l) => (
            <div key={l.outcome}>
              <dt>{l.label}</dt>
              <dd>
                {l.grade ? (
                  <>
                    {l.methods.map((m, i) => (
                      <span key={m.href}>
                        {i > 0 && ", "}
                        <a href={m.href}>{shortName(m.title)}</a>
                      </span>
                    ))}{" "}
                    <span className="glance__grade">({GRADE_LABELS[l.grade].toLowerCase()})</span>
                  </>
                ) : (
                  "no method shows a benefit yet"
                )}
              </dd>
            </div>
          ))}
        </dl>
      </figcaption>
    </figure>
  );
}
