import { canonicalCity, findCity } from './cities.js';

/** Where and when one version of an ad was advertised (see `townsMovedFrom`). */
export interface VersionPlace {
  city?: string | null;
  title?: string | null;
  text?: string | null;
  firstSeen: string;
  lastSeen: string;
}

/** The town a version names: its city field, else the first town in its title or text. */
function townOf(v: VersionPlace): string | null {
  return canonicalCity(v.city) ?? findCity(v.title) ?? findCity(v.text);
}

/**
 * The towns an ad itself was advertised in, other than its current version's town, by earlier
 * versions last seen within `windowDays` before its current version was first seen: the "history"
 * half of multi-city-movement ("the same contact advertised in two or more cities within 30
 * days"), for an ad edited from one town to another rather than re-posted. `versions` run oldest
 * first, the current one last. Towns in the order the ad left them.
 */
export function townsMovedFrom(versions: readonly VersionPlace[], windowDays: number): string[] {
  const current = versions[versions.length - 1];
  const currentTown = current === undefined ? null : townOf(current);
  if (current === undefined || currentTown === null) return [];
  const from = Date.parse(current.firstSeen) - windowDays * 86_400_000;
  const towns: string[] = [];
  for (let n = versions.length - 2; n >= 0; n -= 1) {
    const v = versions[n]!;
    // Older versions were last seen earlier still (and a time that does not parse says nothing).
    if (!(Date.parse(v.lastSeen) >= from)) break;
    const town = townOf(v);
    if (town !== null && town !== currentTown && !towns.includes(town)) towns.unshift(town);
  }
  return towns;
}
