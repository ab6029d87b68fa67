import { bodyAreaLabel } from "@/lib/catalog/format";
import type { BODY_AREAS } from "@/lib/content/vocabulary";

type BodyArea = (typeof BODY_AREAS)[number];

/*
 * The drawing, in one coordinate system: the front view on the left, centred on x = 60, and the
 * back view drawn the same way and moved 83 units to the right. Every area is drawn once, for the
 * runner's right side, and mirrored for the left. The CSS gives the picture the same aspect ratio.
 */
const VIEW_BOX = "20.5 4 162 300";
const BACK_VIEW = 83;
const MIRROR = "matrix(-1 0 0 1 120 0)";

/** The body's outline: the right half, then its mirror image. */
const OUTLINE =
  "M60 14C69 14 80 14.5 85.5 16.5C87.8 17.3 88 19.5 87.8 22C87.2 36 84.5 48 84.5 58C84.5 70 91 82 92.2 98C93.2 114 91.8 138 88.6 158C87 168 83.2 176 81.6 184C80.8 189 81.4 195 82.6 200C84.6 208 84.2 222 80.4 234C77.6 243 74.2 250 73.2 258C73 262 74 264 75.8 267C78.2 271 79 276 78 279.5C76.8 283.2 71 284.4 67 283.4C64.6 282.8 63.6 281 63.8 278C64 273 64.8 268 65.2 262C65.6 254 63.6 246 62.6 236C61.6 228 61.6 216 62.6 206C63.4 199 64.6 194 64.4 188C64.2 182 63.2 172 62.8 162C62.3 146 62 128 60 116.5C58 128 57.7 146 57.2 162C56.8 172 55.8 182 55.6 188C55.4 194 56.6 199 57.4 206C58.4 216 58.4 228 57.4 236C56.4 246 54.4 254 54.8 262C55.2 268 56 273 56.2 278C56.4 281 55.4 282.8 53 283.4C49 284.4 43.2 283.2 42 279.5C41 276 41.8 271 44.2 267C46 264 47 262 46.8 258C45.8 250 42.4 243 39.6 234C35.8 222 35.4 208 37.4 200C38.6 195 39.2 189 38.4 184C36.8 176 33 168 31.4 158C28.2 138 26.8 114 27.8 98C29 82 35.5 70 35.5 58C35.5 48 32.8 36 32.2 22C32 19.5 32.2 17.3 34.5 16.5C40 14.5 51 14 60 14Z";

const IT_BAND =
  "M90 105C91.6 120 91 140 87.6 158C86.4 165 84.6 171 82.8 176.5C81.9 175.8 81.2 175 80.8 174C82.2 168 83.4 162 84.2 157C86.6 142 87 124 86.2 108.5Z";

/** Each area on the drawing: its right half in the front view, the back view, or both. */
const SHAPES: Record<PictureArea, { front?: string; back?: string }> = {
  back: {
    back: "M62 24C70 23.4 79 23.4 85.6 25C85.2 38 82.8 49 82.6 59C82.6 63 83 67 83.8 70.5C77 73.6 69 76.6 62 78.6Z",
  },
  "hips-and-glutes": {
    front: "M65.2 119C71 113 79 106.5 87.6 101.5C89.6 97.5 89.8 91 88.6 85.5C81.5 88 73.5 94.5 69 102C66.6 106.5 65.5 112 65.2 119Z",
    back: "M62 91C62.6 85.6 67 81.6 74 80.6C80.6 79.8 87.4 82.6 89.8 89C91.6 96 91.4 104 89.2 110.4C86.4 116.6 79.4 120 72 120C67.8 120 64.4 119.2 62 118Z",
  },
  quads: {
    front: "M64.4 124.5C70.5 118.5 77.5 113.5 84.2 109.8C85.6 124 85.2 142 82.6 157C81.6 163 80.6 168 79.6 172.5C76.6 176.2 71 177.2 67.4 174.2C65.2 172 64.6 168 64.4 163C64.2 150 64.2 137 64.4 124.5Z",
  },
  hamstrings: {
    back: "M63.6 124.6C67 125.8 71.4 126.2 75.6 125.6C79.4 125 82.6 123.2 85 120.6C85.8 134 85.2 146 82.8 157.6C81.8 163 80.8 168 79.8 172C78.6 174.6 76.4 175.6 75.2 173.2C74.4 171 73.6 168.6 72.6 168.6C71.6 168.6 70.8 171 70 173.2C68.8 175.6 66.6 174.8 65.8 172C64.6 158 63.8 140 63.6 124.6Z",
  },
  "it-band": { front: IT_BAND, back: IT_BAND },
  knees: {
    front: "M72.6 178C77 178 80.2 181.4 80.2 186.4C80.2 191.6 76.8 195.2 72.6 195.2C68.4 195.2 65.6 191.6 65.6 186.4C65.6 181.4 68.2 178 72.6 178Z",
  },
  calves: {
    back: "M66 192.6C68.6 189.4 72.6 188.6 75.2 190.8C77.6 188.8 80 189.6 81 194C82.4 201 82 212 79.4 222C77.8 229 75.8 234 74.2 237.4C73.4 239 72 239 71.2 237.4C70 234.6 68.6 232 66.6 229.2C63.8 225 63.2 216 63.8 207C64.2 201 65 196 66 192.6Z",
  },
  shins: {
    front: "M67.2 199.6C71.4 197.8 77.6 198 81 200.8C82.4 212 80.6 228 76 242C74.6 247 73.6 251 72.8 254.5C71 255.6 69 255.6 67.4 254.6C66.6 246 65.4 236 65 224C64.8 214 65.6 206 67.2 199.6Z",
  },
  "feet-and-arches": {
    front: "M66 266.5C68.2 264.8 71.8 264.8 74.2 267.4C76.4 270.6 77.2 275 76.4 278.2C75.2 281.4 70.4 282.4 67.2 281.6C65.4 281 65 279 65.2 276C65.4 272.6 65.6 269.4 66 266.5Z",
    back: "M66 268.6C67.8 267 71.8 267 73.6 268.6C74.8 272 74.6 277 73.2 280.4C71.8 282.6 67.8 282.6 66.4 280.4C65 277 64.8 272 66 268.6Z",
  },
};

/** The areas the drawing shows, from the top of the body down (the order of the list beside it). */
const PICTURE_AREAS = ["back", "hips-and-glutes", "quads", "hamstrings", "it-band", "knees", "calves", "shins", "feet-and-arches"] as const satisfies readonly BodyArea[];
type PictureArea = (typeof PICTURE_AREAS)[number];

/** The areas with no place on the drawing: ordinary choices after it. */
const OTHER_AREAS = ["upper-body", "whole-body"] as const satisfies readonly Exclude<BodyArea, PictureArea>[];

/** A right-half shape and its mirror image, for the left side. */
function Pair({ d, className }: { d: string; className: string }) {
  return (
    <>
      <path className={className} d={d} />
      <path className={className} d={d} transform={MIRROR} />
    </>
  );
}

/** An area's shapes in both views, in its own layer of the picture. */
function AreaShapes({ area }: { area: PictureArea }) {
  const { front, back } = SHAPES[area];
  return (
    <svg className="body-map__layer" viewBox={VIEW_BOX} aria-hidden="true">
      {front && <Pair d={front} className="body-map__area" />}
      {back && (
        <g transform={`translate(${BACK_VIEW} 0)`}>
          <Pair d={back} className="body-map__area" />
        </g>
      )}
    </svg>
  );
}

/** The body's outline in both views, with their captions and the hatching a chosen area wears. */
function Outline() {
  return (
    <svg className="body-map__layer body-map__body" viewBox={VIEW_BOX} aria-hidden="true">
      <defs>
        {/* The body fades in at the top: the drawing is a crop, not a torso that ends. */}
        <linearGradient id="body-map-skin" x1="0" y1="0" x2="0" y2="1">
          <stop className="body-map__skin-stop body-map__skin-stop--clear" offset="0" />
          <stop className="body-map__skin-stop" offset="0.1" />
        </linearGradient>
        <linearGradient id="body-map-edge" x1="0" y1="0" x2="0" y2="1">
          <stop className="body-map__edge-stop body-map__edge-stop--clear" offset="0" />
          <stop className="body-map__edge-stop" offset="0.1" />
        </linearGradient>
        <pattern id="body-map-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect className="body-map__hatch-ground" width="5" height="5" />
          <rect className="body-map__hatch-line" width="1.6" height="5" />
        </pattern>
      </defs>
      {[0, BACK_VIEW].map((x) => (
        <g key={x} transform={`translate(${x} 0)`}>
          <path className="body-map__skin" d={OUTLINE} />
          <text className="body-map__caption" x="60" y="300" textAnchor="middle" fontSize={11}>
            {x === 0 ? "Front" : "Back"}
          </text>
        </g>
      ))}
    </svg>
  );
}

function Choice({ name, type, value, label, checked, id }: { name: string; type: "radio" | "checkbox"; value: string; label: string; checked: boolean; id?: string }) {
  return (
    <label className={`body-map__choice body-map__choice--${value || "any"}`}>
      <input type={type} name={name} value={value} id={id} defaultChecked={checked} />
      <span>{label}</span>
    </label>
  );
}

/**
 * The body areas as a picture whose areas are form controls: a fieldset of real radio buttons or
 * checkboxes, one per area, each labelled with its name, beside a drawing of a runner's back, hips
 * and legs from the front and from behind. Each area on the drawing is a second label for its
 * control, so a click on the calves checks "Calves"; the keyboard moves through the controls as
 * through any group, and without script it is a plain form. The drawing is hidden from assistive
 * technology (every area is a named control already); CSS lights up the checked, hovered and
 * focused areas (styles/body-map.css). `anyLabel` adds a choice valued "" (the finder's
 * "Anywhere") before the areas the drawing does not show. One body map a page: the drawing's
 * hatching and gradients have fixed ids.
 */
export function BodyMap({
  name,
  type,
  selected,
  legend,
  anyLabel,
}: {
  name: string;
  type: "radio" | "checkbox";
  selected: readonly string[];
  legend: string;
  anyLabel?: string;
}) {
  const id = (area: string) => `body-map-${name}-${area}`;
  const choice = (value: string, label: string, withId = false) => (
    <Choice key={value} name={name} type={type} value={value} label={label} checked={selected.includes(value)} id={withId ? id(value) : undefined} />
  );
  return (
    <fieldset className="body-map">
      <legend>{legend}</legend>
      <div className="body-map__frame">
        <div className="body-map__layout">
          <div className="body-map__picture" aria-hidden="true">
            <Outline />
            {PICTURE_AREAS.map((area) => (
              <label key={area} htmlFor={id(area)} className={`body-map__hit body-map__hit--${area}`}>
                <AreaShapes area={area} />
              </label>
            ))}
          </div>
          <div className="body-map__choices">{PICTURE_AREAS.map((area) => choice(area, bodyAreaLabel(area), true))}</div>
          <div className="body-map__others">
            {anyLabel !== undefined && choice("", anyLabel)}
            {OTHER_AREAS.map((area) => choice(area, bodyAreaLabel(area)))}
          </div>
        </div>
      </div>
    </fieldset>
  );
}
