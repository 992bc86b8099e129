import { Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// Plain SVG in the app's colours: no chart library would add anything the CSP allows that a
// few rectangles do not, and each chart's numbers are also a table for screen readers.

interface Bar {
  label: string;
  value: number;
}

/** Horizontal bars with their labels and numbers, largest first. */
export function BarList({
  title,
  bars,
  valueLabel,
}: {
  title: string;
  bars: Bar[];
  valueLabel: string;
}) {
  const { t } = useTranslation('reports');
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowH = 20;
  const labelW = 140;
  const width = 340;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        width={width}
        height={bars.length * rowH + 4}
        aria-hidden="true"
        style={{ display: 'block', maxWidth: '100%' }}
      >
        {bars.map((b, i) => {
          const w = ((width - labelW - 40) * b.value) / max;
          const y = i * rowH + 2;
          return (
            <g key={b.label}>
              <text
                x={labelW - 6}
                y={y + 13}
                textAnchor="end"
                fontSize="11"
                fill="var(--mantine-color-dark-6)"
              >
                {b.label.length > 22 ? `${b.label.slice(0, 21)}…` : b.label}
              </text>
              <rect
                x={labelW}
                y={y + 2}
                width={Math.max(w, 1)}
                height={rowH - 6}
                rx="2"
                fill="var(--mantine-color-teal-6)"
              />
              <text x={labelW + w + 4} y={y + 13} fontSize="11" fill="var(--mantine-color-dark-7)">
                {b.value}
              </text>
            </g>
          );
        })}
      </svg>
      <VisuallyHidden>
        <Table aria-label={`${title}: ${t('stats.chartTable')}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{title}</Table.Th>
              <Table.Th>{valueLabel}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {bars.map((b) => (
              <Table.Tr key={b.label}>
                <Table.Td>{b.label}</Table.Td>
                <Table.Td>{b.value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </figure>
  );
}

export interface Series {
  key: string;
  label: string;
  color: string;
}

/** Stacked columns, one per month, with a legend in words. */
export function StackedColumns({
  title,
  columns,
  series,
}: {
  title: string;
  columns: Array<{ label: string; values: Record<string, number> }>;
  series: Series[];
}) {
  const { t } = useTranslation('reports');
  const total = (c: (typeof columns)[number]) =>
    series.reduce((s, x) => s + (c.values[x.key] ?? 0), 0);
  const max = Math.max(1, ...columns.map(total));
  const colW = 56;
  const h = 150;
  const width = Math.max(columns.length * colW + 10, 200);
  return (
    <figure style={{ margin: 0 }}>
      <svg width={width} height={h + 36} aria-hidden="true" style={{ display: 'block' }}>
        {columns.map((c, i) => {
          let y = h;
          const x = i * colW + 10;
          return (
            <g key={c.label}>
              {series.map((s) => {
                const v = c.values[s.key] ?? 0;
                const bh = (v / max) * (h - 16);
                y -= bh;
                return v > 0 ? (
                  <rect key={s.key} x={x} y={y} width={colW - 18} height={bh} fill={s.color} />
                ) : null;
              })}
              <text
                x={x + (colW - 18) / 2}
                y={y - 4}
                textAnchor="middle"
                fontSize="11"
                fill="var(--mantine-color-dark-7)"
              >
                {total(c)}
              </text>
              <text
                x={x + (colW - 18) / 2}
                y={h + 14}
                textAnchor="middle"
                fontSize="11"
                fill="var(--mantine-color-dark-6)"
              >
                {c.label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption style={{ display: 'flex', gap: 12, flexWrap: 'wrap', fontSize: 12 }}>
        {series.map((s) => (
          <span key={s.key} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
            <svg width="10" height="10" aria-hidden="true">
              <rect width="10" height="10" fill={s.color} />
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
      <VisuallyHidden>
        <Table aria-label={`${title}: ${t('stats.chartTable')}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stats.month')}</Table.Th>
              {series.map((s) => (
                <Table.Th key={s.key}>{s.label}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {columns.map((c) => (
              <Table.Tr key={c.label}>
                <Table.Td>{c.label}</Table.Td>
                {series.map((s) => (
                  <Table.Td key={s.key}>{c.values[s.key] ?? 0}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </figure>
  );
}
