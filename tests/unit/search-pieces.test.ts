import { describe, expect, it } from "vitest";
import { buildSearchIndex, search, searchData, searchDocuments } from "@/lib/catalog/search";
import { pieceFor, piecewiseSearch, type SearchMeta } from "@/lib/catalog/search-pieces";
import { splitSearchIndex, type SearchPieces } from "@/lib/catalog/search-split";
import { siteCatalog } from "../fixtures/catalogs";

const catalog = siteCatalog();
const documents = searchDocuments(catalog);
// Small pieces, so that the fixture site's 36 pages make many of each kind, as 1,000 pages would.
const pieces = splitSearchIndex(searchData(catalog), { pieceBytes: 1500, docsPerFile: 4 });
const meta = pieces.get("meta.json") as SearchMeta;

/** A loader over the pieces in memory, through JSON as the browser receives them, recording what it fetched. */
function loader(files: SearchPieces, fail = new Set<string>()) {
  const fetched: string[] = [];
  const load = async (file: string) => {
    fetched.push(file);
    if (fail.has(file)) {
      fail.delete(file);
      throw new Error(`${file}: network`);
    }
    if (!files.has(file)) throw new Error(`${file}: 404`);
    return JSON.parse(JSON.stringify(files.get(file)));
  };
  return { load, fetched };
}

const QUERIES = [
  "ice bath",
  "polar plunge",
  "does cryotherapy work",
  "sore legs",
  "thump gun vs foam rolling",
  "air relief or travel boots",
  "Wiewelhove",
  "blackout",
  "slep", // a typo, found by fuzzy matching
  "compres", // a prefix
  "zzz",
  "",
];

describe("the index in pieces", () => {
  it("cuts the index into many pieces of each kind, named by their content", () => {
    expect(meta.termFiles.length).toBeGreaterThan(5);
    expect(meta.nameFiles.length).toBeGreaterThan(3);
    expect(meta.docFiles).toHaveLength(Math.ceil(documents.length / 4));
    for (const file of pieces.keys()) expect(file).toMatch(/^(meta|[tnd]-[0-9a-f]{10})\.json$/);
    // The same documents give the same files, so a build's files can be cached for good.
    const rebuilt = { index: buildSearchIndex(documents), terms: searchData(catalog).terms };
    expect([...splitSearchIndex(rebuilt, { pieceBytes: 1500, docsPerFile: 4 }).keys()]).toEqual([...pieces.keys()]);
  });

  it("answers every query exactly as the server's whole index does", async () => {
    const { load } = loader(pieces);
    const searchPieces = piecewiseSearch(load);
    for (const q of QUERIES) expect(await searchPieces(q), q).toEqual(search(catalog, q));
  });

  it("fetches the meta file and only the pieces a query needs, and keeps them", async () => {
    const { load, fetched } = loader(pieces);
    const searchPieces = piecewiseSearch(load);
    const hits = await searchPieces("blackout");
    expect(hits.map((h) => h.id)).toEqual(["/modalities/sleep"]);
    expect(fetched[0]).toBe("meta.json");
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(fetched.length).toBeLessThan(pieces.size / 4);
    expect(fetched.filter((f) => f.startsWith("d-"))).toEqual([meta.docFiles[Math.floor(meta.ids.indexOf("/modalities/sleep") / 4)]]);
    const before = fetched.length;
    await searchPieces("blackout");
    expect(fetched).toHaveLength(before);
  });

  it("tries a piece again after it failed to arrive", async () => {
    const { load } = loader(pieces, new Set(["meta.json"]));
    const searchPieces = piecewiseSearch(load);
    await expect(searchPieces("blackout")).rejects.toThrow("meta.json: network");
    expect((await searchPieces("blackout")).map((h) => h.id)).toEqual(["/modalities/sleep"]);
  });
});

describe("pieceFor", () => {
  const refs = [
    { first: "b", file: "1" },
    { first: "f", file: "2" },
    { first: "m", file: "3" },
  ];
  it("finds the piece whose range holds a word, and none before the first", () => {
    expect(["a", "b", "c", "f", "g", "m", "zz"].map((w) => pieceFor(refs, w))).toEqual([undefined, "1", "1", "2", "2", "3", "3"]);
  });
});
