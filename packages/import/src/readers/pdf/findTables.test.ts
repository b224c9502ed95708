import { describe, expect, it } from "vitest";
import { findTables } from "./findTables";
import type { Rule } from "./PageLayout";

const h = (y: number, x0: number, x1: number): Rule => ({ x0, y0: y, x1, y1: y });
const v = (x: number, y0: number, y1: number): Rule => ({ x0: x, y0, x1: x, y1 });

describe("findTables", () => {
  it("makes a grid of crossing rules, with cells spanning where a rule is missing", () => {
    // 3 columns × 3 rows; row 0's two right cells are one (no rule at x=200 in it); the left cell of rows 1–2 is one.
    const rules = [
      h(100, 0, 300),
      h(120, 0, 300),
      h(140.8, 100, 300), // split only right of x=100, drawn 0.8 pt off
      h(160, 0, 300),
      v(0, 100, 160),
      v(100, 100, 160),
      v(200, 120, 160),
      v(300, 100, 160),
      h(400, 0, 300), // a lone underline far below: no table
    ];
    const [table, ...others] = findTables(rules);
    expect(others).toEqual([]);
    expect(table!.xs).toEqual([0, 100, 200, 300]);
    expect(table!.ys).toEqual([100, 120, 140.8, 160]);
    const span = (r: number, c: number) => {
      const cell = table!.cover[r]![c]!;
      return [cell.row, cell.column, cell.rowSpan, cell.columnSpan];
    };
    expect(span(0, 1)).toEqual([0, 1, 1, 2]);
    expect(span(0, 2)).toEqual([0, 1, 1, 2]);
    expect(span(2, 0)).toEqual([1, 0, 2, 1]);
    expect(span(2, 2)).toEqual([2, 2, 1, 1]);
  });

  it("takes a page frame or a single box for no table", () => {
    expect(findTables([h(10, 10, 500), h(800, 10, 500), v(10, 10, 800), v(500, 10, 800)])).toEqual([]);
  });
});
