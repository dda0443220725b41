// Embedded charts: the builder (sheet.newChart()) and the chart, recorded as data.
import { type Implements, strict } from "../strict";

type EC = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type ECB = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

export const ChartType = {
  AREA: "AREA",
  BAR: "BAR",
  BUBBLE: "BUBBLE",
  CANDLESTICK: "CANDLESTICK",
  COLUMN: "COLUMN",
  COMBO: "COMBO",
  GAUGE: "GAUGE",
  GEO: "GEO",
  HISTOGRAM: "HISTOGRAM",
  LINE: "LINE",
  ORG: "ORG",
  PIE: "PIE",
  RADAR: "RADAR",
  SCATTER: "SCATTER",
  SPARKLINE: "SPARKLINE",
  STEPPED_AREA: "STEPPED_AREA",
  TABLE: "TABLE",
  TIMELINE: "TIMELINE",
  TREEMAP: "TREEMAP",
  WATERFALL: "WATERFALL",
} as const;

export interface ChartData {
  id: string;
  type: string;
  ranges: GoogleAppsScript.Spreadsheet.Range[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

let nextChart = 1;

export class FakeEmbeddedChart
  implements Implements<EC, "getChartId" | "getRanges" | "getOptions" | "modify">
{
  constructor(readonly data: ChartData) {}
  getChartId(): number {
    return Number(this.data.id);
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return [...this.data.ranges];
  }
  getOptions(): object {
    const o = this.data.options;
    return { get: (k: string) => o[k] ?? null, getOrDefault: (k: string) => o[k] ?? null };
  }
  modify(): FakeEmbeddedChartBuilder {
    return strict(
      new FakeEmbeddedChartBuilder({ ...this.data, options: { ...this.data.options } }),
      "FakeEmbeddedChartBuilder",
    );
  }
  getContainerInfo(): object {
    const p = this.data.position;
    return {
      getAnchorRow: () => p.row,
      getAnchorColumn: () => p.column,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }
}

export class FakeEmbeddedChartBuilder
  implements
    Implements<
      ECB,
      | "setChartType"
      | "addRange"
      | "clearRanges"
      | "removeRange"
      | "setPosition"
      | "setOption"
      | "getRanges"
      | "getChartType"
      | "build"
    >
{
  constructor(readonly data: ChartData) {}
  setChartType(type: GoogleAppsScript.Charts.ChartType | string): this {
    this.data.type = String(type);
    return this;
  }
  addRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    this.data.ranges.push(range);
    return this;
  }
  removeRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    this.data.ranges = this.data.ranges.filter((r) => r !== range);
    return this;
  }
  clearRanges(): this {
    this.data.ranges = [];
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.data.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.data.options[option] = value;
    return this;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return [...this.data.ranges];
  }
  getChartType(): unknown {
    return this.data.type;
  }
  build(): FakeEmbeddedChart {
    return strict(
      new FakeEmbeddedChart({ ...this.data, ranges: [...this.data.ranges] }),
      "FakeEmbeddedChart",
    );
  }
}

export function newChart(): FakeEmbeddedChartBuilder {
  const data: ChartData = {
    id: String(nextChart++),
    type: "",
    ranges: [],
    position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    options: {},
  };
  return strict(new FakeEmbeddedChartBuilder(data), "FakeEmbeddedChartBuilder");
}
