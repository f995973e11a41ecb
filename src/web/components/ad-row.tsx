import type { ReactNode } from 'react';
import type { AdKind } from '../../extract/ad-kind.js';
import type { Level } from '../../shared/types.js';
import { useI18n } from '../i18n.js';
import { navigate } from '../router.js';
import { AppLink } from './app-link.js';
import { LevelBadge } from './level-badge.js';

/** What a table row needs to show an ad's level and title. */
export interface AdRowFacts {
  id: number;
  key: string;
  title: string | null;
  level: Level | null;
  score: number | null;
  /** Shown beside the title when the post is no offer (rows without it are offers). */
  postKind?: AdKind;
}

/**
 * A table row for one ad: level badge and title link first, then the page's own cells. The whole
 * row opens the ad; the title is also a real link, for keyboards and "open in new tab".
 */
export function AdRow({ ad, testId, children }: { ad: AdRowFacts; testId: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <tr
      className="clickable"
      data-testid={testId}
      onClick={() => {
        navigate(`/ads/${ad.id}`);
      }}
    >
      <td>
        <LevelBadge level={ad.level} score={ad.score} />
      </td>
      <td
        onClick={(e) => {
          e.stopPropagation();
        }}
      >
        <AppLink to={`/ads/${ad.id}`}>{ad.title ?? ad.key}</AppLink>
        {ad.postKind !== undefined && ad.postKind !== 'offer' && (
          // A green row with no indicators may be a post no detector ran on: say which kind.
          <span className="post-kind" data-testid="row-post-kind" title={t(`ad.kind.${ad.postKind}`)}>
            {t(`kind.${ad.postKind}`)}
          </span>
        )}
      </td>
      {children}
    </tr>
  );
}
