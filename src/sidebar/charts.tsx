// Small inline SVG charts for the Summarize tab: horizontal bars for counts, columns for the timeline.
// Labels are SVG text nodes (never markup): each bar's label on its own lines above it, wrapped at spaces so
// that a long name ("Евразийский национальный университет имени Л.Н. Гумилева") is shown whole, and in a
// <title> for hover.
import type { CountItem } from "../sheets/sidebar-types";

const WIDTH = 260;
const ROW = 20;

/** About how many characters of the chart's 11 px labels fit the 260-unit width. */
const LINE_CHARS = 44;
const LINE = 13;

/** The label as lines of at most LINE_CHARS characters, broken at spaces (a longer word alone on a line). */
export function wrapLabel(text: string, width = LINE_CHARS): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

const describe = (title: string, items: readonly { label: string; count: number }[]) =>
  `${title}: ${items.map((i) => `${i.label} ${i.count}`).join(", ")}`;

interface BarsProps {
  title: string;
  items: readonly CountItem[];
  /** Items beyond this are added up as "other". */
  limit?: number;
  otherLabel: string;
}

export function BarChart({ title, items, limit = 6, otherLabel }: BarsProps) {
  const shown = items.slice(0, limit).map((i) => ({ label: i.label, count: i.count }));
  const rest = items.slice(limit).reduce((sum, i) => sum + i.count, 0);
  if (rest > 0) shown.push({ label: otherLabel, count: rest });
  if (shown.length === 0) return null;
  const max = Math.max(...shown.map((i) => i.count), 1);
  const barSpace = WIDTH - 30;
  let y = 0;
  const placed = shown.map((item) => {
    const lines = wrapLabel(item.label);
    const at = y;
    y += lines.length * LINE + ROW - 4;
    return { item, lines, at };
  });
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg
        role="img"
        aria-label={describe(title, shown)}
        viewBox={`0 0 ${WIDTH} ${y}`}
        width="100%"
        height={y}
      >
        {placed.map(({ item, lines, at }) => {
          const w = Math.max(2, Math.round((item.count / max) * barSpace));
          const barY = at + lines.length * LINE + 2;
          return (
            <g key={item.label}>
              <title>{`${item.label}: ${item.count}`}</title>
              <text class="chart-label" x={0} y={at + 10}>
                {lines.map((line, k) => (
                  <tspan key={k} x={0} dy={k === 0 ? 0 : LINE}>
                    {line}
                  </tspan>
                ))}
              </text>
              <rect class="chart-bar" x={0} y={barY} width={w} height={10} rx={2} />
              <text class="chart-value" x={w + 4} y={barY + 9}>
                {item.count}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

interface TimelineProps {
  title: string;
  buckets: readonly CountItem[];
}

export function TimelineChart({ title, buckets }: TimelineProps) {
  if (buckets.length === 0) return null;
  const height = 72;
  const axis = 14;
  const max = Math.max(...buckets.map((b) => b.count), 1);
  const step = WIDTH / buckets.length;
  const gap = step > 6 ? 2 : 0;
  const first = buckets[0]!;
  const last = buckets[buckets.length - 1]!;
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg
        role="img"
        aria-label={describe(title, buckets)}
        viewBox={`0 0 ${WIDTH} ${height + axis}`}
        width="100%"
        height={height + axis}
      >
        {buckets.map((b, i) => {
          const h = b.count === 0 ? 0 : Math.max(2, Math.round((b.count / max) * (height - 12)));
          return (
            <g key={b.key}>
              <title>{`${b.label}: ${b.count}`}</title>
              <rect class="chart-bar" x={i * step + gap / 2} y={height - h} width={step - gap} height={h} />
              {/* A hover target for empty periods too. */}
              <rect x={i * step} y={0} width={step} height={height} fill="transparent" />
            </g>
          );
        })}
        <line class="chart-axis" x1={0} x2={WIDTH} y1={height + 0.5} y2={height + 0.5} />
        <text class="chart-value" x={0} y={9}>
          {max}
        </text>
        <text class="chart-label" x={0} y={height + axis - 2}>
          {first.label}
        </text>
        {buckets.length > 1 && (
          <text class="chart-label" x={WIDTH} y={height + axis - 2} text-anchor="end">
            {last.label}
          </text>
        )}
      </svg>
    </figure>
  );
}
