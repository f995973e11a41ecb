import { addClinicPerson, addIndependentAd, addNetworkAd, adKey, isoAt, type WorldState } from './build.js';
import { makePrices } from './compose.js';
import {
  demoSiteIds,
  type ChangeEntry,
  type ChangeKind,
  type DayChanges,
  type DemoAd,
  type DemoSiteId,
} from './model.js';
import { Rng } from './prng.js';
import type { Lang } from './snippets.js';
import { cityWeights } from './vocab.js';

/**
 * One simulated day: new ads, text edits, price changes, removals, re-posts under a new id and
 * moves to another city. Every change is logged so tests can assert what a crawl should see.
 */

const editLines: Record<Lang, readonly string[]> = {
  da: ['Ledig i dag.', 'Nye billeder på vej.', 'Ring gerne i forvejen.'],
  en: ['Available today.', 'New photos soon.', 'Please call before.'],
};

function setPrice(ad: DemoAd, rng: Rng, hourly: number): void {
  const { prices, hourlyPriceDkk } = makePrices(rng, ad.lang, Math.max(500, hourly));
  ad.prices = prices;
  ad.hourlyPriceDkk = hourlyPriceDkk;
  const others = ad.textIndicators.filter((i) => i !== 'low-price');
  ad.textIndicators = (hourlyPriceDkk < 800 ? [...others, 'low-price'] : others).sort();
}

function replaceCity(s: string, from: string, to: string): string {
  return s.split(from).join(to);
}

export function scaleOf(state: WorldState): number {
  return state.size === 'small' ? 1 : state.size === 'medium' ? 5 : 20;
}

/** Advances the world by one day and returns that day's changes. */
export function advanceWorldDay(state: WorldState): DayChanges {
  const day = state.day + 1;
  state.day = day;
  const rng = Rng.from(state.seed, 'day', day);
  const entries: ChangeEntry[] = [];
  const log = (ad: DemoAd, kind: ChangeKind, reason: string): void => {
    entries.push({ site: ad.site, siteAdId: ad.siteAdId, kind, reason });
  };
  const touch = (ad: DemoAd): void => {
    ad.updatedAt = isoAt(day, rng.int(0, 1439));
  };
  const remove = (ad: DemoAd, reason: string): void => {
    ad.removedDay = day;
    log(ad, 'removed', reason);
  };

  const classic = [...state.ads.values()].filter((a) => a.site === 'demo-classic' && a.removedDay === null);
  for (const ad of classic) {
    const r = rng.next();
    const network = state.networks.find((n) => n.id === ad.networkId);
    if (network) {
      if (r < 0.06) remove(ad, 'removed');
      else if (r < 0.14) {
        remove(ad, 'repost');
        const person = state.persons.get(ad.personId);
        log(addNetworkAd(state, rng, network, day, person, ad.photoIds), 'new', 'repost');
      } else if (r < 0.2) {
        const to = rng.pick(cityWeights.filter((c) => c !== ad.city));
        ad.text = replaceCity(ad.text, ad.city, to);
        ad.title = replaceCity(ad.title, ad.city, to);
        ad.city = to;
        touch(ad);
        log(ad, 'changed', 'moved-city');
      } else if (r < 0.26) {
        setPrice(ad, rng, ad.hourlyPriceDkk + rng.pick([-100, 100]));
        touch(ad);
        log(ad, 'changed', 'price-change');
      }
    } else if (r < 0.03) remove(ad, 'removed');
    else if (r < 0.08) {
      ad.text = `${ad.text} ${rng.pick(editLines[ad.lang])}`;
      touch(ad);
      log(ad, 'changed', 'text-edit');
    } else if (r < 0.12) {
      setPrice(ad, rng, ad.hourlyPriceDkk + rng.pick([-200, -100, 100, 200]));
      touch(ad);
      log(ad, 'changed', 'price-change');
    }
  }

  const scale = scaleOf(state);
  for (let i = rng.int(1, 3) * scale; i > 0; i--) log(addIndependentAd(state, rng, day), 'new', 'posted');
  for (const network of state.networks) {
    if (network.sites.includes('demo-classic') && rng.chance(0.4))
      log(addNetworkAd(state, rng, network, day), 'new', 'posted');
  }

  for (const clinic of state.clinics) {
    const persons = clinic.adIds
      .map((id) => state.ads.get(adKey('demo-clinics', id)))
      .filter((a): a is DemoAd => a !== undefined);
    if (clinic.networkId && rng.chance(0.4) && persons.length > 0) {
      // Rotation: one person leaves, a new one arrives.
      const leaving = rng.pick(persons);
      clinic.adIds = clinic.adIds.filter((id) => id !== leaving.siteAdId);
      remove(leaving, 'rotated');
      log(addClinicPerson(state, rng, clinic, day), 'new', 'rotated');
    } else if (rng.chance(0.1) && persons.length > 0) {
      const ad = rng.pick(persons);
      ad.text = `${ad.text} ${rng.pick(editLines[ad.lang])}`;
      touch(ad);
      log(ad, 'changed', 'text-edit');
    }
  }

  const counts = Object.fromEntries(
    demoSiteIds.map((s) => [s, { new: 0, changed: 0, removed: 0 }]),
  ) as Record<DemoSiteId, Record<ChangeKind, number>>;
  for (const e of entries) counts[e.site][e.kind]++;
  const changes: DayChanges = { day, entries, counts };
  state.changeLog.push(changes);
  return changes;
}
