// The preview page's charts (bundled by scripts/preview/charts/bundle.ts, never part of dist/): the sheet's
// embedded charts drawn over the grid at their anchor cells, as Sheets draws them: pie, bar, column, line
// and area with Chart.js, the geo chart as a world map (chartjs-chart-geo, world-atlas's Natural Earth
// outlines) shaded by value. Everything is in the bundle: the page loads nothing from elsewhere.
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  DoughnutController,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  Title,
  Tooltip,
} from "chart.js";
import { ChoroplethController, ColorScale, GeoFeature, ProjectionScale, topojson } from "chartjs-chart-geo";
import codes from "i18n-iso-countries/codes.json";
import world from "world-atlas/countries-110m.json";
import type { ChartSpec } from "./spec";

Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  DoughnutController,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  Title,
  Tooltip,
  ChoroplethController,
  ColorScale,
  GeoFeature,
  ProjectionScale,
);

/** Sheets' default series colours. */
const PALETTE = [
  "#4285f4",
  "#ea4335",
  "#fbbc04",
  "#34a853",
  "#ff6d01",
  "#46bdc6",
  "#7baaf7",
  "#f07b72",
  "#fcd04f",
  "#71c287",
];
/** The geo chart's defaults in Sheets: a colour axis from pale to green, grey where there is no data. */
const GEO_COLORS = ["#efe6dc", "#109618"];
const NO_DATA = "#f5f5f5";

type Geometry = { type: string; id?: string; properties: { name: string } };
const topology = world as unknown as Parameters<typeof topojson.feature>[0];
const countries = (
  topojson.feature(topology, topology.objects.countries!) as unknown as {
    features: (Geometry & { geometry: unknown })[];
  }
).features;
/** ISO 3166-1 alpha-2 → numeric ("KZ" → "398"): world-atlas names its shapes by the numeric code. */
const NUMERIC = new Map((codes as string[][]).map(([alpha2, , numeric]) => [alpha2!, numeric!]));

function hex(c: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(c.trim());
  const n = m ? Number.parseInt(m[1]!, 16) : 0;
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A colour scale through the given stops, as Google's colorAxis interpolates. */
function gradient(stops: readonly string[]): (t: number) => string {
  const rgb = stops.map(hex);
  return (t) => {
    const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (rgb.length - 1);
    const i = Math.min(rgb.length - 2, Math.floor(x));
    const a = rgb[i]!;
    const b = rgb[i + 1] ?? a;
    const f = x - i;
    return `rgb(${a.map((v, k) => Math.round(v + (b[k]! - v) * f)).join(",")})`;
  };
}

const titleOf = (spec: ChartSpec) => ({
  display: spec.title !== "",
  text: spec.title,
  align: "start" as const,
  font: { size: 15, weight: "normal" as const },
  color: "#202124",
});

function legendOf(spec: ChartSpec) {
  return spec.options.legend === "none"
    ? { display: false }
    : { display: true, position: spec.options.legend === "left" ? ("left" as const) : spec.options.legend };
}

function geoConfig(spec: ChartSpec): ChartConfiguration<"choropleth"> {
  const values = new Map<string, number>();
  const series = spec.series[0];
  spec.labels.forEach((code, i) => {
    const numeric = NUMERIC.get(code.trim().toUpperCase());
    const v = series?.values[i];
    if (numeric && typeof v === "number") values.set(numeric, v);
  });
  const shapes = countries.filter((f) => f.properties.name !== "Antarctica");
  return {
    type: "choropleth",
    data: {
      labels: shapes.map((f) => f.properties.name),
      datasets: [
        {
          label: series?.name ?? "",
          outline: shapes,
          data: shapes.map((f) => ({
            feature: f,
            value: f.id !== undefined ? (values.get(f.id) ?? null) : null,
          })),
          borderColor: "#ffffff",
          borderWidth: 0.5,
          // biome-ignore lint/suspicious/noExplicitAny: the controller's own option, not in Chart.js's types
        } as any,
      ],
    },
    options: {
      responsive: false,
      animation: false,
      showOutline: false,
      plugins: {
        title: titleOf(spec),
        legend: { display: false },
        tooltip: {
          filter: (item: { raw: unknown }) => (item.raw as { value: number | null }).value !== null,
          callbacks: {
            label: (item: { label: string; raw: unknown }) =>
              `${item.label}: ${(item.raw as { value: number }).value}`,
          },
        },
      },
      scales: {
        projection: { axis: "x", projection: "equalEarth" },
        color: {
          axis: "x",
          display: spec.options.legend !== "none",
          interpolate: gradient(spec.options.colorAxis ?? GEO_COLORS),
          // From zero (not the smallest count), so a country with one partnership is tinted, not blank.
          min: spec.options.colorAxisMin ?? 0,
          missing: NO_DATA,
          legend: { position: "bottom-left", align: "right" },
        },
      },
      // biome-ignore lint/suspicious/noExplicitAny: chartjs-chart-geo's options extend Chart.js's
    } as any,
  };
}

function cartesianConfig(spec: ChartSpec): ChartConfiguration {
  const horizontal = spec.type === "BAR";
  const line = spec.type === "LINE" || spec.type === "AREA";
  const colors = spec.options.colors ?? PALETTE;
  return {
    type: line ? "line" : "bar",
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s, k) => ({
        label: s.name,
        data: s.values,
        backgroundColor: colors[k % colors.length],
        borderColor: colors[k % colors.length],
        fill: spec.type === "AREA",
        maxBarThickness: 48,
      })),
    },
    options: {
      responsive: false,
      animation: false,
      indexAxis: horizontal ? "y" : "x",
      plugins: { title: titleOf(spec), legend: legendOf(spec) },
      scales: {
        [horizontal ? "x" : "y"]: { beginAtZero: true, ticks: { precision: 0 } },
        // Long labels (institution names) wrap onto lines of about 28 characters instead of being cut.
        [horizontal ? "y" : "x"]: {
          ticks: { autoSkip: false, callback: (_v: unknown, i: number) => wrap(spec.labels[i] ?? "", 28) },
        },
      },
    },
  };
}

/** Sheets writes each slice's share on it ("pieSliceText": percentage, its default). */
const sliceShares = {
  id: "sliceShares",
  afterDatasetsDraw(chart: Chart) {
    const meta = chart.getDatasetMeta(0);
    const values = (chart.data.datasets[0]?.data ?? []) as (number | null)[];
    const total = values.reduce<number>((sum, v) => sum + (typeof v === "number" ? v : 0), 0);
    if (total <= 0) return;
    const ctx = chart.ctx;
    ctx.save();
    ctx.font = "12px Roboto, Arial, sans-serif";
    ctx.fillStyle = "#ffffff";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    meta.data.forEach((arc, i) => {
      const v = values[i];
      if (typeof v !== "number" || v / total < 0.05) return;
      const { x, y } = arc.tooltipPosition(false);
      if (x === null || y === null) return;
      ctx.fillText(`${((v / total) * 100).toFixed(1)}%`, x, y);
    });
    ctx.restore();
  },
};

function pieConfig(spec: ChartSpec): ChartConfiguration {
  const colors = spec.options.colors ?? PALETTE;
  const s = spec.series[0];
  return {
    type: spec.options.pieHole > 0 ? "doughnut" : "pie",
    data: {
      labels: spec.labels,
      datasets: [
        {
          label: s?.name ?? "",
          data: s?.values ?? [],
          backgroundColor: spec.labels.map((_, i) => colors[i % colors.length]!),
          borderColor: "#ffffff",
        },
      ],
    },
    options: {
      responsive: false,
      animation: false,
      // biome-ignore lint/suspicious/noExplicitAny: cutout belongs to the doughnut's options
      ...({ cutout: `${Math.round(spec.options.pieHole * 100)}%` } as any),
      // A pie's legend names its slices: Sheets shows it unless the chart says "none".
      plugins: { title: titleOf(spec), legend: { ...legendOf(spec), position: "right" } },
    },
    plugins: [sliceShares],
  };
}

/** Splits a label into lines of at most `width` characters at spaces. */
function wrap(label: string, width: number): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

function configOf(spec: ChartSpec): ChartConfiguration | ChartConfiguration<"choropleth"> | null {
  if (spec.type === "GEO") return geoConfig(spec);
  if (spec.type === "PIE") return pieConfig(spec);
  if (["BAR", "COLUMN", "LINE", "AREA"].includes(spec.type)) return cartesianConfig(spec);
  return null;
}

const drawn: Chart[] = [];

/** Where the chart's anchor cell is in the grid (the layer sits over the table); null when not shown. */
function anchorOf(table: HTMLElement, spec: ChartSpec): { left: number; top: number } | null {
  const td = table.querySelector<HTMLElement>(
    `td[data-r="${spec.anchor.row}"][data-c="${spec.anchor.column}"]`,
  );
  if (!td) return null;
  return {
    left: table.offsetLeft + td.offsetLeft + spec.anchor.offsetX,
    top: table.offsetTop + td.offsetTop + spec.anchor.offsetY,
  };
}

/** Draws every chart of `specs` over the grid in `sheet` (replacing the charts drawn before). */
export function drawCharts(sheet: HTMLElement, specs: readonly ChartSpec[]): void {
  for (const chart of drawn.splice(0)) chart.destroy();
  sheet.querySelector(".chart-layer")?.remove();
  const table = sheet.querySelector<HTMLElement>("table.grid");
  if (!table || specs.length === 0) return;
  const layer = document.createElement("div");
  layer.className = "chart-layer";
  sheet.appendChild(layer);
  let below = table.offsetHeight + 12;
  for (const spec of specs) {
    const box = document.createElement("figure");
    box.className = "sheet-chart";
    box.dataset.type = spec.type;
    box.dataset.chartId = spec.id;
    box.setAttribute("aria-label", spec.title || `${spec.type} chart`);
    const anchored = anchorOf(table, spec);
    const at = anchored ?? { left: 40, top: below };
    if (!anchored) below += spec.height + 12;
    box.style.left = `${at.left}px`;
    box.style.top = `${at.top}px`;
    box.style.width = `${spec.width}px`;
    box.style.height = `${spec.height}px`;
    layer.appendChild(box);
    const config = configOf(spec);
    if (!config) {
      box.textContent = `${spec.title || spec.type}: a ${spec.type.toLowerCase()} chart, not drawn in the preview`;
      box.classList.add("unsupported");
      continue;
    }
    const canvas = document.createElement("canvas");
    canvas.width = spec.width - 16;
    canvas.height = spec.height - 16;
    box.appendChild(canvas);
    // biome-ignore lint/suspicious/noExplicitAny: one call for both families of configuration
    drawn.push(new Chart(canvas, config as any));
  }
}

/** For tests: what each drawn chart shows (type, labels, the values of its first dataset). */
export function describeCharts(): { type: string; labels: string[]; values: (number | null)[] }[] {
  return drawn.map((c) => {
    const data = c.data.datasets[0]?.data ?? [];
    const geo = (c.config as { type?: string }).type === "choropleth";
    if (geo) {
      const shaded = (data as unknown as { feature: Geometry; value: number | null }[]).filter(
        (d) => d.value !== null,
      );
      return {
        type: "choropleth",
        labels: shaded.map((d) => d.feature.properties.name),
        values: shaded.map((d) => d.value),
      };
    }
    return {
      type: String((c.config as { type?: string }).type),
      labels: (c.data.labels ?? []).map(String),
      values: (data as unknown[]).map((v) => (typeof v === "number" ? v : null)),
    };
  });
}

declare global {
  interface Window {
    SeriktesCharts: { drawCharts: typeof drawCharts; describeCharts: typeof describeCharts };
  }
}
window.SeriktesCharts = { drawCharts, describeCharts };
