/** A title or file name as a slug: "Hypervolt Go 2" -> "hypervolt-go-2", "Bad_Name" -> "bad-name". */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
