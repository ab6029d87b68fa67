// The declarations a stylesheet applies on screen, with their line numbers: comments are dropped
// and `@media print` blocks skipped (print sets its own sizes in points). Enough CSS for the
// project's own hand-written sheets, which have no strings containing braces.
export type Declaration = { property: string; value: string; line: number };

export function screenDeclarations(css: string): Declaration[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " "));
  const out: Declaration[] = [];
  const lineAt = (index: number) => text.slice(0, index).split("\n").length;
  let skipUntilDepth = -1;
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "{") {
      if (skipUntilDepth < 0 && /@media\s+print\b/.test(text.slice(start, i))) skipUntilDepth = depth;
      depth++;
      start = i + 1;
    } else if (c === "}" || c === ";") {
      const chunk = text.slice(start, i);
      const match = /^\s*([a-z-]+)\s*:\s*([\s\S]+?)\s*$/.exec(chunk);
      if (match && skipUntilDepth < 0 && depth > 0) out.push({ property: match[1], value: match[2].replace(/\s+/g, " "), line: lineAt(start + chunk.search(/\S/)) });
      if (c === "}") {
        depth--;
        if (depth === skipUntilDepth) skipUntilDepth = -1;
      }
      start = i + 1;
    }
  }
  return out;
}
