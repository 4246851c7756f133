export interface LineChartProps {
  label: string;
  points: readonly { label: string; value: number | null }[];
  max?: number;
  formatValue?: (value: number) => string;
}

const HEIGHT = 160;
const AXIS = 22;
const TOP = 14;
const LEFT = 40;

/**
 * A line over time as inline SVG. A point without a value (nothing measured that day) breaks the
 * line instead of dropping it to zero.
 */
export function LineChart({ label, points, max, formatValue = String }: LineChartProps) {
  const values = points.map((point) => point.value).filter((value): value is number => value !== null);
  const top = max ?? Math.max(1, ...values);
  const step = Math.max(10, Math.min(48, 640 / Math.max(1, points.length)));
  const width = Math.max(320, LEFT + points.length * step + 10);
  const plot = HEIGHT - AXIS - TOP;
  const every = Math.max(1, Math.ceil(points.length / 12));
  const x = (index: number) => LEFT + index * step + step / 2;
  const y = (value: number) => TOP + plot - (Math.min(value, top) / top) * plot;
  const segments: string[][] = [[]];
  points.forEach((point, index) => {
    if (point.value === null) segments.push([]);
    else segments.at(-1)?.push(`${x(index).toFixed(1)},${y(point.value).toFixed(1)}`);
  });
  return (
    <figure className="report-chart">
      <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${HEIGHT}`} className="report-svg">
        <title>{label}</title>
        <line x1={LEFT - 4} x2={width} y1={TOP + plot} y2={TOP + plot} className="report-axis" />
        <text x={LEFT - 6} y={TOP + 4} className="report-tick" textAnchor="end">
          {formatValue(top)}
        </text>
        <text x={LEFT - 6} y={TOP + plot} className="report-tick" textAnchor="end">
          0
        </text>
        {segments
          .filter((segment) => segment.length > 0)
          .map((segment) => (
            <polyline key={segment[0]} points={segment.join(" ")} className="report-line" />
          ))}
        {points.map((point, index) =>
          point.value === null ? null : (
            <circle key={point.label} cx={x(index)} cy={y(point.value)} r={2.5} className="report-dot">
              <title>{`${point.label}: ${formatValue(point.value)}`}</title>
            </circle>
          ),
        )}
        {points.map((point, index) =>
          index % every === 0 ? (
            <text key={point.label} x={x(index)} y={HEIGHT - 6} className="report-tick" textAnchor="middle">
              {point.label}
            </text>
          ) : null,
        )}
      </svg>
    </figure>
  );
}
