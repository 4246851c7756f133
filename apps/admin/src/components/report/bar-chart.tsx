export interface ChartSeries {
  name: string;
}

export interface BarChartProps {
  /** Read out by screen readers; the table next to the chart carries every figure. */
  label: string;
  series: readonly ChartSeries[];
  bars: readonly { label: string; values: readonly number[] }[];
  /** The top of the scale; by default the tallest bar. */
  max?: number;
  formatValue?: (value: number) => string;
}

const HEIGHT = 160;
const AXIS = 22;
const TOP = 14;

/** Every few bars a label, so that 31 days stay readable. */
function labelEvery(count: number): number {
  return Math.max(1, Math.ceil(count / 12));
}

/** Stacked vertical bars as inline SVG: no chart library, no script, prints as it looks. */
export function BarChart({ label, series, bars, max, formatValue = String }: BarChartProps) {
  const totals = bars.map((bar) => bar.values.reduce((sum, value) => sum + value, 0));
  const top = max ?? Math.max(1, ...totals);
  const step = Math.max(14, Math.min(48, 640 / Math.max(1, bars.length)));
  const width = Math.max(320, bars.length * step + 40);
  const plot = HEIGHT - AXIS - TOP;
  const every = labelEvery(bars.length);
  return (
    <figure className="report-chart">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="xMinYMid meet"
        className="report-svg"
      >
        <title>{label}</title>
        <line x1={36} x2={width} y1={TOP + plot} y2={TOP + plot} className="report-axis" />
        <text x={32} y={TOP + 4} className="report-tick" textAnchor="end">
          {formatValue(top)}
        </text>
        <text x={32} y={TOP + plot} className="report-tick" textAnchor="end">
          0
        </text>
        {bars.map((bar, index) => {
          const x = 40 + index * step;
          let y = TOP + plot;
          return (
            <g key={bar.label}>
              {bar.values.map((value, seriesIndex) => {
                const height = top > 0 ? (Math.min(value, top) / top) * plot : 0;
                y -= height;
                return height > 0 ? (
                  <rect
                    key={series[seriesIndex]?.name ?? seriesIndex}
                    x={x}
                    y={y}
                    width={step * 0.7}
                    height={height}
                    className={`report-series-${seriesIndex % 6}`}
                  >
                    <title>{`${bar.label} ${series[seriesIndex]?.name ?? ""}: ${formatValue(value)}`}</title>
                  </rect>
                ) : null;
              })}
              {index % every === 0 && (
                <text x={x + step * 0.35} y={HEIGHT - 6} className="report-tick" textAnchor="middle">
                  {bar.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {series.length > 1 && (
        <figcaption className="report-legend">
          {series.map((item, index) => (
            <span key={item.name}>
              <span className={`report-swatch report-series-${index % 6}`} aria-hidden="true" />
              {item.name}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}
