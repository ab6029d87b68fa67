import type { Element } from "hast";
import { toString } from "hast-util-to-string";

const children = (node: Element, ...tagNames: string[]): Element[] =>
  node.children.filter((child): child is Element => child.type === "element" && tagNames.includes(child.tagName));

/**
 * A table written in Markdown, made to read like the site's own data tables: their look
 * (data-table) and, on a phone, a block per row with each value under its column's name
 * (rows-on-phone, data-label), instead of columns too narrow to read or a box that scrolls
 * sideways. The first cell of each row becomes that row's header (a day, a race, a method is what
 * an editor's table puts there), so a screen reader names the row as it reads along a column.
 */
export function readableTable(table: Element): void {
  table.properties.className = ["data-table", "rows-on-phone"];
  const headerRow = children(table, "thead").flatMap((head) => children(head, "tr"))[0];
  const names = headerRow ? children(headerRow, "th").map((th) => toString(th).trim()) : [];
  for (const th of headerRow ? children(headerRow, "th") : []) th.properties.scope = "col";
  // Cells are counted th and td alike, so a row an editor already headed in raw HTML keeps its
  // values under the right columns' names.
  for (const row of children(table, "tbody").flatMap((body) => children(body, "tr"))) {
    children(row, "th", "td").forEach((cell, column) => {
      if (column === 0) {
        cell.tagName = "th";
        cell.properties.scope = "row";
      } else if (cell.tagName === "td" && names[column]) {
        cell.properties.dataLabel = names[column];
      }
    });
  }
}
