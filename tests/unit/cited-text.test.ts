import { describe, expect, it } from "vitest";
import { citedText } from "@/lib/catalog/cited-text";
import { siteCatalog } from "../fixtures/catalogs";

const site = siteCatalog();
const cited = (text: string) => citedText(text, site.citedAs);

describe("citedText", () => {
  it("links each citation to its study and keeps the words around it", () => {
    expect(cited("Frostbite if a session runs long (Costello 2015), so keep it short.")).toEqual([
      "Frostbite if a session runs long (",
      { label: "Costello 2015", href: "/studies/costello-2015" },
      "), so keep it short.",
    ]);
  });

  it("links every citation in a list, with the separators left as text", () => {
    expect(cited("(Machado 2016; Dupuy 2018)")).toEqual(["(", { label: "Machado 2016", href: "/studies/machado-2016" }, "; ", { label: "Dupuy 2018", href: "/studies/dupuy-2018" }, ")"]);
  });

  it("leaves a line without citations whole", () => {
    expect(cited("Keep it off fresh injuries.")).toEqual(["Keep it off fresh injuries."]);
    expect(cited("")).toEqual([]);
  });

  it("leaves as text a label no published study carries: a draft's, or a date", () => {
    // versey-2012 is a draft in the fixture site
    expect(cited("Contrast baths (Versey 2012) and a trial (Nobody 1999).")).toEqual(["Contrast baths (Versey 2012) and a trial (Nobody 1999)."]);
    expect(cited("Checked (June 2024).")).toEqual(["Checked (June 2024)."]);
  });
});
