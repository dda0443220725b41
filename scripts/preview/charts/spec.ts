// What the preview draws for a sheet's embedded charts, read the way Sheets reads a chart's ranges: the
// first column is the domain (labels, or region codes for a geo chart), each further column a series, and a
// first row whose value cells are not numbers is the header (the series' names). Read straight from the
// fake's cells, so drawing the page is no service call of the add-on's.
import { display } from "../../../test/harness/spreadsheet/cells";
import type { FakeEmbeddedChart } from "../../../test/harness/spreadsheet/charts";
import type { FakeSheet } from "../../../test/harness/spreadsheet/sheet";

export interface ChartSpec {
  id: string;
  /** Sheets' chart type: PIE, BAR, COLUMN, GEO, LINE, ... */
  type: string;
  title: string;
  /** The anchor cell (1-based) and the offset from it, in pixels. */
  anchor: { row: number; column: number; offsetX: number; offsetY: number };
  width: number;
  height: number;
  labels: string[];
  series: { name: string; values: (number | null)[] }[];
  options: {
    legend: "none" | "right" | "bottom" | "top" | "left";
    pieHole: number;
    colors: string[] | null;
    colorAxis: string[] | null;
    colorAxisMin: number | null;
    region: string | null;
  };
}

/** Sheets' default size of an embedded chart. */
const DEFAULT_SIZE = { width: 600, height: 371 };

interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

function rectOf(range: unknown): Rect | null {
  const rect = (range as { rect?: Rect } | null)?.rect;
  return rect && Number.isInteger(rect.row) ? rect : null;
}

const asNumber = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

const stringArray = (v: unknown): string[] | null =>
  Array.isArray(v) && v.every((x) => typeof x === "string") && v.length > 0 ? (v as string[]) : null;

function legendOf(v: unknown): ChartSpec["options"]["legend"] {
  const position = typeof v === "string" ? v : (v as { position?: unknown } | null)?.position;
  return position === "none" || position === "bottom" || position === "top" || position === "left"
    ? position
    : "right";
}

/** The chart as the preview draws it; null for a chart whose ranges the preview cannot read. */
export function chartSpec(
  sheet: FakeSheet,
  chart: FakeEmbeddedChart,
  locale: string,
  tz: string,
): ChartSpec | null {
  const d = chart.data;
  const rects = d.ranges.map(rectOf).filter((r): r is Rect => r !== null);
  const first = rects[0];
  if (!first) return null;
  // Several ranges side by side (domain, then series) read as one table.
  const rows = first.numRows;
  const columns = rects.flatMap((r) =>
    Array.from({ length: r.numCols }, (_, i) => ({ rect: r, col: r.col + i })),
  );
  const cell = (r: number, c: { rect: Rect; col: number }) => sheet.cellAt(c.rect.row + r, c.col);
  const text = (r: number, c: { rect: Rect; col: number }) => display(cell(r, c), locale, tz);
  const [domain, ...valueColumns] = columns;
  if (!domain) return null;
  const numHeaders = asNumber(d.options.numHeaders ?? d.options.headers);
  const header =
    numHeaders !== null
      ? numHeaders > 0
      : valueColumns.length > 0 && valueColumns.every((c) => asNumber(cell(0, c)?.value) === null);
  const start = header ? 1 : 0;
  const labels: string[] = [];
  for (let r = start; r < rows; r++) labels.push(text(r, domain));
  const series = valueColumns.map((c, k) => ({
    name: header ? text(0, c) : `Series ${k + 1}`,
    values: labels.map((_, i) => asNumber(cell(start + i, c)?.value)),
  }));
  const o = d.options;
  return {
    id: d.id,
    type: d.type || "chart",
    title: typeof o.title === "string" ? o.title : "",
    anchor: {
      row: d.position.row,
      column: d.position.column,
      offsetX: d.position.offsetX,
      offsetY: d.position.offsetY,
    },
    width: asNumber(o.width) ?? DEFAULT_SIZE.width,
    height: asNumber(o.height) ?? DEFAULT_SIZE.height,
    labels,
    series,
    options: {
      legend: legendOf(o.legend),
      pieHole: asNumber(o.pieHole) ?? 0,
      colors: stringArray(o.colors),
      colorAxis: stringArray((o.colorAxis as { colors?: unknown } | undefined)?.colors),
      colorAxisMin: asNumber((o.colorAxis as { minValue?: unknown } | undefined)?.minValue),
      region: typeof o.region === "string" ? o.region : null,
    },
  };
}

/** Every chart of the sheet the preview can draw. */
export function chartSpecs(sheet: FakeSheet, locale: string, tz: string): ChartSpec[] {
  return sheet.charts.map((c) => chartSpec(sheet, c, locale, tz)).filter((s): s is ChartSpec => s !== null);
}

/** The specs as JSON safe inside an inline <script type="application/json">. */
export function specsJson(specs: readonly ChartSpec[]): string {
  return JSON.stringify(specs)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
