import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { screenDeclarations } from "./css-declarations";

// The type scale is part of the design system (DESIGN.md): every size, weight and tracking on
// screen comes from tokens.css. Each distinct one is also a font the browser sets up before its
// first paint, so a stray `0.95rem` beside `--text-sm` costs a phone time for no visible gain.
const root = path.resolve(__dirname, "../..");
const sheets = [
  path.join(root, "app/globals.css"),
  ...readdirSync(path.join(root, "styles"))
    .filter((f) => f.endsWith(".css"))
    .map((f) => path.join(root, "styles", f)),
];
const tokens = readFileSync(path.join(root, "styles/tokens.css"), "utf8");
const defined = new Set([...tokens.matchAll(/(--[a-z0-9-]+):/g)].map((m) => m[1]));

const RULES: Record<string, RegExp> = {
  "font-size": /^(var\(--text-[a-z0-9]+\)|inherit)$/,
  "font-weight": /^(400|700|normal|bold|inherit)$/,
  "letter-spacing": /^(var\(--tracking-[a-z]+\)|normal)$/,
};

describe("the type scale", () => {
  it("finds the declarations it checks in the real stylesheets", () => {
    const all = sheets.flatMap((file) => screenDeclarations(readFileSync(file, "utf8")));
    expect(all.filter((d) => d.property === "font-size").length).toBeGreaterThan(20);
  });

  for (const file of sheets) {
    it(`${path.relative(root, file)} sets type only from tokens`, () => {
      const offending = screenDeclarations(readFileSync(file, "utf8"))
        .filter((d) => RULES[d.property] && !RULES[d.property].test(d.value))
        .map((d) => `line ${d.line}: ${d.property}: ${d.value}`);
      expect(offending).toEqual([]);
    });

    it(`${path.relative(root, file)} names only tokens that exist`, () => {
      const unknown = screenDeclarations(readFileSync(file, "utf8"))
        .flatMap((d) => [...d.value.matchAll(/var\((--[a-z0-9-]+)/g)].map((m) => ({ name: m[1], line: d.line })))
        .filter(({ name }) => name.startsWith("--text-") || name.startsWith("--tracking-"))
        .filter(({ name }) => !defined.has(name))
        .map(({ name, line }) => `line ${line}: ${name}`);
      expect(unknown).toEqual([]);
    });
  }
});

describe("screenDeclarations", () => {
  it("reads declarations with their lines, skipping comments and print styles", () => {
    const css = [
      "/* font-size: 3px; */",
      "a { font-size: var(--text-sm); color: red }",
      "@media print {",
      "  a { font-size: 9pt; }",
      "}",
      "@media (min-width: 40rem) {",
      "  b { font-weight: 600; }",
      "}",
    ].join("\n");
    expect(screenDeclarations(css)).toEqual([
      { property: "font-size", value: "var(--text-sm)", line: 2 },
      { property: "color", value: "red", line: 2 },
      { property: "font-weight", value: "600", line: 7 },
    ]);
  });
});
