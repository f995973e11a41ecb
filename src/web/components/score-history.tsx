import type { AdDetailView } from '../api.js';
import { useI18n } from '../i18n.js';
import { LevelBadge } from './level-badge.js';
import { TableHead } from './table-head.js';

/**
 * Score over time as a small line, oldest left, one dot per stored result in its level's colour.
 * Decorative: the table below says the same in words.
 */
function ScoreLine({ history }: { history: AdDetailView['scoreHistory'] }) {
  const oldestFirst = [...history].reverse();
  const width = 320;
  const height = 60;
  const pad = 6;
  const top = Math.max(1, ...oldestFirst.map((h) => h.score));
  const step = (width - 2 * pad) / Math.max(1, oldestFirst.length - 1);
  const points = oldestFirst.map((h, i) => ({
    x: pad + i * step,
    y: height - pad - (h.score / top) * (height - 2 * pad),
    level: h.level,
  }));
  return (
    <svg
      className="score-line"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
    >
      <polyline points={points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')} />
      {points.map((p, i) => (
        <circle key={i} className={`dot-${p.level}`} cx={p.x} cy={p.y} r={3.5} />
      ))}
    </svg>
  );
}

/**
 * Every stored assessment of the ad, newest first: score and level, and which indicators came and
 * went since the one before (a crawl, a new scoring profile, or a worker's x-factor or tag).
 */
export function ScoreHistory({ history }: { history: AdDetailView['scoreHistory'] }) {
  const { t, lang, formatDate } = useI18n();
  if (history.length === 0) return <p className="muted">{t('scores.empty')}</p>;
  return (
    <>
      {history.length > 1 && <ScoreLine history={history} />}
      <table className="score-history" data-testid="score-history">
        <TableHead
          columns={['scores.when', 'scores.score', 'scores.added', 'scores.removed', 'scores.profile']}
        />
        <tbody>
          {history.map((h, i) => (
            <tr key={`${h.computedAt}-${String(i)}`}>
              <td>{formatDate(h.computedAt, true)}</td>
              <td>
                <LevelBadge level={h.level} score={h.score} />
              </td>
              <td className="came">{h.added.map((r) => `+ ${r.labels[lang]}`).join(', ')}</td>
              <td className="went">{h.removed.map((r) => `− ${r.labels[lang]}`).join(', ')}</td>
              <td className="muted">{h.configVersion}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
