import type { Level } from '../../shared/types.js';
import { useI18n } from '../i18n.js';

/** Level as colour plus word (never colour alone), with the score. */
export function LevelBadge({ level, score }: { level: Level | null; score: number | null }) {
  const { t } = useI18n();
  const word = level ? t(`level.${level}`) : t('level.none');
  return (
    <span className={`badge badge-${level ?? 'none'}`}>
      {word}
      {score !== null && <span className="score"> {score}</span>}
    </span>
  );
}
