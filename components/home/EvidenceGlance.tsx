import type { Route } from "next";
import { GRADES, GRADE_LABELS, type Grade } from "@/lib/content/vocabulary";
import type { EvidenceMap } from "@/lib/catalog/evidence-map";
import type { OutcomeLeaders } from "@/lib/catalog/home";
import { GradeGlyphParts } from "../GradeGlyph";

// The drawing, in viewBox units: a label column, then one column per outcome.
const LABEL_W = 250;
const COL_W = 92;
const ROW_H = 20;
const HEAD_H = 44;
const GLYPH = 15;

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
  return (
    <figure className="glance">
      <a href={href} className="glance__picture" aria-label="Open the full evidence map">
        <svg viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
          <defs>
            {used.map((g) => (
              <symbol key={g} id={`glance-${g}`} viewBox="0 0 16 16">
                <GradeGlyphParts grade={g} />
              </symbol>
            ))}
          </defs>
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
              {r.cells.map((cell, i) => (
                <use key={cell.outcome} href={`#glance-${cell.grade}`} className={`grade--${cell.grade}`} x={LABEL_W + COL_W * i + (COL_W - GLYPH) / 2} y={(ROW_H - GLYPH) / 2} width={GLYPH} height={GLYPH} />
              ))}
            </g>
          ))}
        </svg>
      </a>
      <figcaption>
        <ul className="glance__key" aria-label="Key">
          {used.map((g) => (
            <li key={g} className={`grade grade--${g}`}>
              <svg className="glyph" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <use href={`#glance-${g}`} />
              </svg>
              {GRADE_LABELS[g as Grade]}
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
