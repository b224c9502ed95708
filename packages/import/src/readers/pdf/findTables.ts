import { isHorizontal, type Rule } from "./PageLayout";

/** Distance (points) within which two rule positions are one line. */
const SNAP = 2;

/** A cell of a ruled grid: its box and the grid cells it covers. */
export interface GridCell {
  row: number;
  column: number;
  rowSpan: number;
  columnSpan: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A table found from ruling lines: column and row boundaries, and its cells (anchors of merged regions). */
export interface RuledTable {
  xs: number[];
  ys: number[];
  /** Per grid row, per grid column: the cell whose region covers it. */
  cover: GridCell[][];
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function mergeCollinear(rules: Rule[], horizontal: boolean): Rule[] {
  const pos = (r: Rule) => (horizontal ? r.y0 : r.x0);
  const start = (r: Rule) => (horizontal ? r.x0 : r.y0);
  const end = (r: Rule) => (horizontal ? r.x1 : r.y1);
  const sorted = [...rules].sort((a, b) => pos(a) - pos(b) || start(a) - start(b));
  const out: Rule[] = [];
  for (const rule of sorted) {
    let same: Rule | undefined;
    for (let i = out.length - 1; i >= 0 && Math.abs(pos(out[i]!) - pos(rule)) <= SNAP; i--) {
      if (start(rule) <= end(out[i]!) + SNAP) {
        same = out[i];
        break;
      }
    }
    if (same !== undefined) {
      if (horizontal) same.x1 = Math.max(same.x1, rule.x1);
      else same.y1 = Math.max(same.y1, rule.y1);
    } else out.push({ ...rule });
  }
  return out;
}

function crosses(h: Rule, v: Rule): boolean {
  return v.x0 >= h.x0 - SNAP && v.x0 <= h.x1 + SNAP && h.y0 >= v.y0 - SNAP && h.y0 <= v.y1 + SNAP;
}

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const value of sorted) {
    if (out.length > 0 && value - out[out.length - 1]! <= SNAP) continue;
    out.push(value);
  }
  return out;
}

/** Whether some rule lies at `at` and covers most of [from, to]. */
function ruled(rules: Rule[], horizontal: boolean, at: number, from: number, to: number): boolean {
  const need = (to - from) * 0.6;
  let covered = 0;
  for (const r of rules) {
    const pos = horizontal ? r.y0 : r.x0;
    if (Math.abs(pos - at) > SNAP) continue;
    const a = Math.max(from, horizontal ? r.x0 : r.y0);
    const b = Math.min(to, horizontal ? r.x1 : r.y1);
    if (b > a) covered += b - a;
  }
  return covered >= need;
}

function gridOf(hs: Rule[], vs: Rule[]): RuledTable | null {
  const ys = cluster(hs.map((r) => r.y0));
  const xs = cluster(vs.map((r) => r.x0));
  if (xs.length < 3 || ys.length < 2) return null;
  const rows = ys.length - 1;
  const columns = xs.length - 1;
  const cover: GridCell[][] = Array.from({ length: rows }, () => new Array<GridCell>(columns));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      if (cover[r]![c] !== undefined) continue;
      let columnSpan = 1;
      while (c + columnSpan < columns && !ruled(vs, false, xs[c + columnSpan]!, ys[r]!, ys[r + 1]!))
        columnSpan++;
      let rowSpan = 1;
      while (
        r + rowSpan < rows &&
        !ruled(hs, true, ys[r + rowSpan]!, xs[c]!, xs[c + columnSpan]!) &&
        cover[r + rowSpan]![c] === undefined
      )
        rowSpan++;
      const cell: GridCell = {
        row: r,
        column: c,
        rowSpan,
        columnSpan,
        x0: xs[c]!,
        y0: ys[r]!,
        x1: xs[c + columnSpan]!,
        y1: ys[r + rowSpan]!,
      };
      for (let i = r; i < r + rowSpan; i++) for (let j = c; j < c + columnSpan; j++) cover[i]![j] ??= cell;
    }
  }
  return { xs, ys, cover, x0: xs[0]!, y0: ys[0]!, x1: xs[xs.length - 1]!, y1: ys[ys.length - 1]! };
}

/**
 * The ruled tables of a page: ruling lines are merged where collinear,
 * grouped into connected sets of crossing horizontal and vertical lines,
 * and each set with at least two columns becomes a grid. A grid cell not
 * separated from its right neighbour by a vertical rule is merged with it
 * (a cell spanning columns), one not separated from the cell below by a
 * horizontal rule is merged with it (a cell spanning rows). A lone frame
 * (one column) is no table.
 */
export function findTables(rules: readonly Rule[]): RuledTable[] {
  const hs = mergeCollinear(
    rules.filter((r) => isHorizontal(r)),
    true,
  );
  const vs = mergeCollinear(
    rules.filter((r) => !isHorizontal(r)),
    false,
  );
  // Connected components over the crossing relation (union-find).
  const all = [...hs, ...vs];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let i = 0; i < hs.length; i++) {
    for (let j = 0; j < vs.length; j++) {
      if (crosses(hs[i]!, vs[j]!)) parent[find(i)] = find(hs.length + j);
    }
  }
  const groups = new Map<number, { hs: Rule[]; vs: Rule[] }>();
  all.forEach((rule, i) => {
    const root = find(i);
    const group = groups.get(root) ?? { hs: [], vs: [] };
    if (i < hs.length) group.hs.push(rule);
    else group.vs.push(rule);
    groups.set(root, group);
  });
  const tables: RuledTable[] = [];
  for (const group of groups.values()) {
    if (group.hs.length < 2 || group.vs.length < 2) continue;
    const grid = gridOf(group.hs, group.vs);
    if (grid !== null) tables.push(grid);
  }
  return tables.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}
