import type { FiredIndicator } from '../shared/types.js';
import type { CaseworkTables } from './casework.js';
import type { OutcomeSample } from './casework-store.js';
import { fromJson, toNumber } from './codec.js';
import type { Db } from './db.js';

/**
 * Every ad whose case has an outcome, with its current indicator result, in one query: the cases
 * with an outcome (indexed, migration 0013) joined to each ad's latest stored result (by
 * computedAt, then id, as `getIndicatorResult` picks it). Ads without an outcome are never read.
 */
export async function listOutcomeSamples(db: Db): Promise<OutcomeSample[]> {
  const rows = await db
    .withTables<CaseworkTables>()
    .selectFrom('ad_cases as c')
    .leftJoin('indicator_results as r', (join) =>
      join.on((eb) =>
        eb(
          'r.id',
          '=',
          eb
            .selectFrom('indicator_results as l')
            .select('l.id')
            .whereRef('l.ad_id', '=', 'c.ad_id')
            .orderBy('l.computed_at', 'desc')
            .orderBy('l.id', 'desc')
            .limit(1),
        ),
      ),
    )
    .select(['c.ad_id', 'c.outcome', 'r.score', 'r.level', 'r.indicators'])
    .where('c.outcome', 'is not', null)
    .orderBy('c.ad_id')
    .execute();
  return rows.flatMap((r) =>
    r.outcome === null
      ? []
      : [
          {
            adId: toNumber(r.ad_id),
            outcome: r.outcome,
            indicators:
              r.indicators === null ? null : fromJson<FiredIndicator[]>(r.indicators).map((f) => f.id),
            score: r.score === null ? null : toNumber(r.score),
            level: r.level,
          },
        ],
  );
}
