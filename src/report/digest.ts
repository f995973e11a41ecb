import type { Repository } from '../store/repository.js';
import { walkAds } from './ad-walk.js';
import type { DigestState } from './digest-state.js';
import { copenhagenDay } from './words.js';

/** A new red ad: enough to find and rank it, nothing of its content. */
export interface DigestAd {
  id: number;
  key: string;
  site: string;
  city: string | null;
  score: number | null;
  indicators: string[];
}

/** A network (cluster of linked ads) that gained ads or appeared in new cities. */
export interface DigestNetwork {
  id: string;
  /** Active ads in the network now. */
  ads: number;
  /** Active ads that were not in it at the previous digest. */
  gained: number;
  /** Cities of its active ads that it did not advertise in at the previous digest. */
  newCities: string[];
  cities: string[];
}

export interface DigestCrawl {
  site: string;
  finishedAt: string | null;
  reasons: string[];
}

export interface Digest {
  /** Copenhagen day of the digest (YYYY-MM-DD). */
  day: string;
  since: string;
  until: string;
  /** False for the first digest: "new" then means first seen in the last day. */
  hasPrevious: boolean;
  newRed: DigestAd[];
  newYellowCount: number;
  changedNetworks: DigestNetwork[];
  unhealthyCrawls: DigestCrawl[];
}

/** The period of the first digest, which has no previous one to start from. */
export const firstPeriodMs = 24 * 60 * 60 * 1000;

/**
 * Builds the digest of what changed since the previous one (its state), and the state to keep
 * for the next. One pass over the store: every active ad with its current result. "New red" is
 * an ad red now that was not red at the previous digest (new, or risen to red); "new yellow"
 * counts ads yellow now that were neither yellow nor red at the previous digest. A network changed when it has active ads it did
 * not have before, or a city it did not advertise in before.
 */
export async function buildDigest(
  repo: Repository,
  previous: DigestState | null,
  until: Date,
): Promise<{ digest: Digest; state: DigestState }> {
  const since = previous?.lastRunAt ?? new Date(until.getTime() - firstPeriodMs).toISOString();
  const untilIso = until.toISOString();
  const wasRed = new Set(previous?.redAdIds ?? []);
  // Ads the previous digest saw scored yellow (absent from states written before this field).
  const wasYellow = previous?.yellowAdIds ? new Set(previous.yellowAdIds) : null;
  const newRed: DigestAd[] = [];
  const redAdIds: number[] = [];
  const yellowAdIds: number[] = [];
  let newYellowCount = 0;
  const clusters = new Map<string, { ads: number[]; cities: Set<string>; newAds: number[] }>();

  for await (const page of walkAds(repo, { status: 'active', sort: 'firstSeen', dir: 'asc' })) {
    for (const { ad, result } of page) {
      // The period is half-open [since, until): an ad first seen while this digest is made counts next time.
      const isNew = ad.firstSeen >= since && ad.firstSeen < untilIso;
      if (ad.level === 'red') {
        redAdIds.push(ad.id);
        if (previous ? !wasRed.has(ad.id) : isNew) {
          newRed.push({
            id: ad.id,
            key: ad.key,
            site: ad.siteId,
            city: ad.current.city ?? null,
            score: ad.score,
            indicators: (result?.indicators ?? []).map((f) => f.id),
          });
        }
      } else if (ad.level === 'yellow') {
        // As red: yellow now and neither yellow nor red at the previous digest (an ad scored
        // after the digest of its first-seen day counts in the next one, not in none). One first
        // seen while this digest is made is left to the next, as by first seen.
        if (ad.firstSeen < untilIso) {
          yellowAdIds.push(ad.id);
          if (wasYellow ? !wasYellow.has(ad.id) && !wasRed.has(ad.id) : isNew) newYellowCount++;
        }
      }
      const clusterId = result?.result.cluster;
      if (!clusterId) continue;
      let cluster = clusters.get(clusterId);
      if (!cluster) {
        cluster = { ads: [], cities: new Set(), newAds: [] };
        clusters.set(clusterId, cluster);
      }
      cluster.ads.push(ad.id);
      if (ad.current.city) cluster.cities.add(ad.current.city);
      if (isNew) cluster.newAds.push(ad.id);
    }
  }

  const changedNetworks: DigestNetwork[] = [];
  for (const [id, cluster] of clusters) {
    // A network is several ads; a lone ad with a cluster id is not one (yet).
    if (cluster.ads.length < 2) continue;
    const before = previous?.clusters[id];
    const known = new Set(before?.ads ?? []);
    const gained = previous ? cluster.ads.filter((a) => !known.has(a)).length : cluster.newAds.length;
    const cities = [...cluster.cities].sort((a, b) => a.localeCompare(b, 'da'));
    const newCities = before ? cities.filter((c) => !before.cities.includes(c)) : [];
    if (gained > 0 || newCities.length > 0) {
      changedNetworks.push({ id, ads: cluster.ads.length, gained, newCities, cities });
    }
  }
  changedNetworks.sort((a, b) => b.gained - a.gained || b.ads - a.ads || a.id.localeCompare(b.id));
  newRed.sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || a.id - b.id);

  const unhealthyCrawls = (await repo.latestRuns())
    .filter((run) => run.stats && !run.stats.healthy)
    .map((run) => ({
      site: run.siteId,
      finishedAt: run.finishedAt,
      reasons: run.stats?.healthReasons ?? [],
    }));

  const day = copenhagenDay(until);
  return {
    digest: {
      day,
      since,
      until: untilIso,
      hasPrevious: previous !== null,
      newRed,
      newYellowCount,
      changedNetworks,
      unhealthyCrawls,
    },
    state: {
      version: 1,
      lastRunAt: untilIso,
      lastDay: day,
      redAdIds,
      yellowAdIds,
      clusters: Object.fromEntries(
        [...clusters].map(([id, c]) => [id, { ads: c.ads, cities: [...c.cities] }]),
      ),
    },
  };
}
