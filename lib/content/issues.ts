/** One problem in one content file, positioned so an editor can jump straight to it. */
export interface ContentIssue {
  file: string;
  line: number;
  column: number;
  /** Dotted field path such as `evidence.soreness.refs[1]`, or a label in parentheses for file-level problems. */
  field: string;
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}:${issue.line}:${issue.column}  ${issue.field}  ${issue.message}`;
}

export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

export function formatReport(issues: readonly ContentIssue[]): string {
  const files = new Set(issues.map((i) => i.file)).size;
  const head = `${issues.length} content problem${issues.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}:`;
  return [head, ...sortIssues(issues).map(formatIssue)].join("\n");
}

/** Thrown when content fails validation; its message is the full report, so a failed build shows every problem. */
export class ContentError extends Error {
  declare readonly issues: readonly ContentIssue[];
  constructor(issues: readonly ContentIssue[]) {
    super(formatReport(issues));
    this.name = "ContentError";
    // not enumerable, so Node does not print every issue a second time after the message
    Object.defineProperty(this, "issues", { value: issues, enumerable: false });
  }
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((seg, i) => (typeof seg === "number" ? `[${seg}]` : i === 0 ? String(seg) : `.${String(seg)}`))
    .join("");
}
