import type { ReactNode } from 'react';
import type { Level } from '../../shared/types.js';
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
}

/**
 * A table row for one ad: level badge and title link first, then the page's own cells. The whole
 * row opens the ad; the title is also a real link, for keyboards and "open in new tab".
 */
export function AdRow({ ad, testId, children }: { ad: AdRowFacts; testId: string; children: ReactNode }) {
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
      </td>
      {children}
    </tr>
  );
}
