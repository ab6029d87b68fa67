/**
 * Each tool category and its test bench: the attributes every product of the category must
 * state, so a comparison holds the same rows for every product of a kind (as RTINGS' benches
 * do). A bench attribute is required of every tool in its category: a value with its source,
 * or an explicit "not-published" (the maker's own pages and manual were read and do not say)
 * or "not-found" (no source was found). Ordered the way runners weigh a choice
 * (../shared/research/reader-questions.md): what it does and how strong, then battery, weight
 * and noise, then the rest.
 */

export type AttributeType = "number" | "range" | "yes-no" | "text";

/** Units stored, and the other unit every figure is also shown in. */
export const UNITS = {
  mm: { label: "mm", other: { label: "in", factor: 1 / 25.4, digits: 2 } },
  cm: { label: "cm", other: { label: "in", factor: 1 / 2.54, digits: 1 } },
  m: { label: "m", other: { label: "ft", factor: 3.28084, digits: 1 } },
  kg: { label: "kg", other: { label: "lb", factor: 2.20462, digits: 1 } },
  L: { label: "L", other: { label: "US gal", factor: 0.264172, digits: 0 } },
  "°C": { label: "°C", other: { label: "°F", factor: 1.8, offset: 32, digits: 0 } },
  mmHg: { label: "mmHg" },
  h: { label: "h" },
  days: { label: "days" },
  min: { label: "min" },
  dB: { label: "dB" },
  "per-min": { label: "per minute" },
  count: { label: "" },
} as const;

export type Unit = keyof typeof UNITS;

export interface BenchAttribute {
  label: string;
  type: AttributeType;
  unit?: Unit;
  /** One line on what the figure means to a runner, shown to editors and in the scaffold. */
  description: string;
}

export const ATTRIBUTES = {
  chambers: { label: "Chambers per leg", type: "number", unit: "count", description: "How many air chambers squeeze each leg in turn." },
  pressureMmHg: { label: "Pressure range", type: "range", unit: "mmHg", description: "Lowest and highest pressure, in mmHg." },
  pressureLevels: { label: "Pressure levels", type: "number", unit: "count", description: "How many pressure settings." },
  sessionPresets: { label: "Session presets", type: "text", description: "The session lengths or programmes built in." },
  batteryHours: { label: "Battery life", type: "number", unit: "h", description: "Hours of use per charge; write not-published for mains-only units only if the maker says so." },
  weightKg: { label: "Weight", type: "number", unit: "kg", description: "Weight of the unit (the control unit, for boots)." },
  noiseDb: { label: "Noise", type: "number", unit: "dB", description: "Loudness in decibels." },
  app: { label: "App", type: "yes-no", description: "Whether a phone app controls it." },
  travel: { label: "Travel", type: "text", description: "How it travels: case, carry-on, batteries." },
  amplitudeMm: { label: "Amplitude (stroke)", type: "number", unit: "mm", description: "How far the head travels each stroke." },
  percussionsPerMinute: { label: "Top speed", type: "number", unit: "per-min", description: "Percussions per minute at the top setting." },
  stallForceKg: { label: "Stall force", type: "number", unit: "kg", description: "How hard you can press before the motor stalls." },
  speeds: { label: "Speeds", type: "number", unit: "count", description: "Number of speed settings." },
  channels: { label: "Channels", type: "number", unit: "count", description: "How many muscles it can drive at once." },
  programs: { label: "Programmes", type: "number", unit: "count", description: "Built-in programmes." },
  intensityLevels: { label: "Intensity levels", type: "number", unit: "count", description: "Number of intensity steps." },
  wireless: { label: "Wireless pods", type: "yes-no", description: "Whether the pads connect without wires." },
  capacityLitres: { label: "Capacity", type: "number", unit: "L", description: "Water it holds." },
  lowestTempC: { label: "Coldest water", type: "number", unit: "°C", description: "The coldest water it holds by itself (with a chiller), or the ice it needs." },
  chiller: { label: "Chiller", type: "yes-no", description: "Whether it cools the water itself." },
  filtration: { label: "Filtration", type: "yes-no", description: "Whether it filters the water." },
  cooling: { label: "How it cools", type: "text", description: "Ice, gel pack, circulating water, or nothing." },
  compression: { label: "Compression", type: "yes-no", description: "Whether it adds compression." },
  pressureClass: { label: "Compression class", type: "text", description: "The stated pressure or class, e.g. 20-30 mmHg." },
  material: { label: "Material", type: "text", description: "What it is made of." },
  sizes: { label: "Sizes", type: "text", description: "How sizes are chosen: shoe size, calf girth." },
  lengthCm: { label: "Length", type: "number", unit: "cm", description: "Length of the roller." },
  firmness: { label: "Firmness", type: "text", description: "How firm, as the maker describes it." },
  vibration: { label: "Vibration", type: "yes-no", description: "Whether it vibrates." },
  measures: { label: "What it measures", type: "text", description: "HRV, resting heart rate, sleep, temperature." },
  batteryDays: { label: "Battery life", type: "number", unit: "days", description: "Days per charge." },
  subscription: { label: "Subscription", type: "text", description: "What a membership costs, or none." },
  rollLengthM: { label: "Roll length", type: "number", unit: "m", description: "Length of tape in a roll." },
  wearDays: { label: "Wear time", type: "number", unit: "days", description: "Days the maker says it stays on." },
  form: { label: "Form", type: "text", description: "Stick, cream, balm, powder." },
  ingredients: { label: "Main ingredients", type: "text", description: "What it is made of, as listed by the maker." },
} as const satisfies Record<string, BenchAttribute>;

export type AttributeKey = keyof typeof ATTRIBUTES;

export interface ToolCategory {
  label: string;
  /** The plural noun for the category in running text. */
  plural: string;
  bench: readonly AttributeKey[];
}

export const TOOL_CATEGORIES = {
  "compression-boots": {
    label: "Compression boots",
    plural: "compression boots",
    bench: ["chambers", "pressureMmHg", "pressureLevels", "sessionPresets", "batteryHours", "weightKg", "noiseDb", "app", "travel"],
  },
  "massage-guns": {
    label: "Massage guns",
    plural: "massage guns",
    bench: ["amplitudeMm", "percussionsPerMinute", "stallForceKg", "speeds", "batteryHours", "weightKg", "noiseDb", "app"],
  },
  "muscle-stimulators": {
    label: "Muscle stimulators",
    plural: "muscle stimulators",
    bench: ["channels", "programs", "intensityLevels", "wireless", "app", "batteryHours", "weightKg"],
  },
  "cold-plunges": {
    label: "Cold plunges",
    plural: "cold plunges",
    bench: ["capacityLitres", "lowestTempC", "chiller", "filtration", "weightKg", "material"],
  },
  "cold-packs-and-wraps": {
    label: "Cold packs and wraps",
    plural: "cold packs and wraps",
    bench: ["cooling", "compression", "material"],
  },
  "compression-garments": {
    label: "Compression garments",
    plural: "compression garments",
    bench: ["pressureClass", "material", "sizes"],
  },
  "rollers-and-balls": {
    label: "Rollers and balls",
    plural: "rollers and balls",
    bench: ["lengthCm", "firmness", "vibration", "weightKg", "material"],
  },
  wearables: {
    label: "Wearables",
    plural: "wearables",
    bench: ["measures", "batteryDays", "subscription", "app"],
  },
  tape: { label: "Tape", plural: "tapes", bench: ["rollLengthM", "wearDays", "material"] },
  "skin-care": { label: "Skin care", plural: "skin-care products", bench: ["form", "ingredients"] },
  "bands-and-mobility": { label: "Bands and mobility aids", plural: "bands and mobility aids", bench: ["material", "sizes"] },
} as const satisfies Record<string, ToolCategory>;

export type ToolCategorySlug = keyof typeof TOOL_CATEGORIES;
export const TOOL_CATEGORY_SLUGS = Object.keys(TOOL_CATEGORIES) as ToolCategorySlug[];

/** "not published": the maker's own pages and manual were read and do not say. "not found": no source was found. */
export const HOLES = ["not-published", "not-found"] as const;
export type Hole = (typeof HOLES)[number];

export const HOLE_LABELS: Record<Hole, string> = {
  "not-published": "Not published by the maker",
  "not-found": "Not found in any source",
};
