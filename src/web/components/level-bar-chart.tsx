import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n.js';

// Only the parts the charts use, so the statistics bundle stays small.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** One bar: its label and counts per level (`none` = not scored). */
export interface LevelRow {
  label: string;
  red: number;
  yellow: number;
  green: number;
  none: number;
  total: number;
}

const levels = ['red', 'yellow', 'green', 'none'] as const;
// Darker than the badge backgrounds so that the bars read on white; the legend and table name them.
const colours = { red: '#c0392b', yellow: '#d4a017', green: '#2e8b57', none: '#9aa4ae' };

/**
 * A stacked bar chart of ad counts by level. The canvas is hidden from screen readers; the same
 * numbers are in the summary label and in the table below it, so no one needs the picture.
 */
export function LevelBarChart({
  title,
  rows,
  horizontal = false,
  testId,
}: {
  title: string;
  rows: LevelRow[];
  horizontal?: boolean;
  testId: string;
}) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const names = {
    red: t('level.red'),
    yellow: t('level.yellow'),
    green: t('level.green'),
    none: t('level.none'),
  };

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    // Set through the DOM (CSSOM), which the CSP allows; a style attribute would be refused.
    element.style.height = `${horizontal ? Math.max(160, rows.length * 26 + 60) : 300}px`;
    const chart = echarts.init(element);
    const categories = rows.map((r) => r.label);
    const category = { type: 'category' as const, data: horizontal ? [...categories].reverse() : categories };
    const value = { type: 'value' as const, minInterval: 1 };
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { data: levels.map((l) => names[l]), top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: levels.map((l) => {
        const data = rows.map((r) => r[l]);
        return {
          name: names[l],
          type: 'bar',
          stack: 'level',
          itemStyle: { color: colours[l] },
          data: horizontal ? data.reverse() : data,
        };
      }),
    });
    const resize = new ResizeObserver(() => {
      chart.resize();
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
    // `names` follows the language; rows and orientation are the data.
  }, [rows, horizontal, names.red, names.yellow, names.green, names.none]);

  const summary = rows
    .slice(0, 10)
    .map((r) => t('stats.rowSummary', { label: r.label, total: r.total, red: r.red, yellow: r.yellow }))
    .join('; ');
  return (
    <figure className="chart card" data-testid={testId}>
      <figcaption>
        <h2>{title}</h2>
      </figcaption>
      {rows.length === 0 ? (
        <p>{t('stats.empty')}</p>
      ) : (
        <>
          <p className="visually-hidden">{summary}</p>
          <div ref={box} className="chart-canvas" aria-hidden="true" />
          <details>
            <summary>{t('stats.showNumbers')}</summary>
            <table className="chart-table">
              <thead>
                <tr>
                  <th scope="col">{title}</th>
                  {levels.map((l) => (
                    <th scope="col" key={l}>
                      {names[l]}
                    </th>
                  ))}
                  <th scope="col">{t('stats.total')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.label}>
                    <th scope="row">{r.label}</th>
                    {levels.map((l) => (
                      <td key={l}>{r[l]}</td>
                    ))}
                    <td>{r.total}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
