/**
 * Network linking benchmark: `npx tsx bench/network.ts [--million] [--count N]`.
 * Generates demo ads, computes their compact features first (not timed), then times linking
 * them into a `NetworkIndex`, and with --million also `addAds` of 1,000 new ads on the 1M index.
 * Prints one JSON line per run: `{ ads, seconds, cpuSeconds, peakRssMb }`. Targets: 100k ≤ 30 s,
 * 1M ≤ 5 min, peak ≤ 4 GB, 1,000 more on 1M ≤ 5 s.
 */
import type { PreparedAd } from '../src/indicators/define.js';
import { canonicalCity } from '../src/network/cities.js';
import { adFeatures, type AdFeatures } from '../src/network/features.js';
import { NetworkIndex } from '../src/network/network-index.js';
import { generateBatchAds, type BatchAd } from '../src/sources/demo/batch.js';

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 50);
sampler.unref();

/** Facts straight from the generator's truth: the bench measures linking, not extraction. */
function prepared(item: BatchAd): PreparedAd {
  const city = canonicalCity(item.ad.city) ?? canonicalCity(item.ad.title);
  return {
    ad: item.ad,
    fields: [],
    facts: {
      phones: item.truth.phones, emails: [], messaging: [], age: null, hourly_price_dkk: null,
      nationalities: [], languages: [], cities: city ? [city] : [], services: [],
    },
  };
}

function features(index: NetworkIndex, count: number, seed: number): AdFeatures[] {
  const out: AdFeatures[] = [];
  for (const item of generateBatchAds({ count, seed })) {
    const f = adFeatures(prepared(item), index.hasher);
    out.push(seed === 1 ? f : { ...f, id: `new-${f.id}` });
  }
  return out;
}

function run(count: number): NetworkIndex {
  const index = new NetworkIndex();
  const feats = features(index, count, 1);
  peakRss = process.memoryUsage.rss();
  const start = performance.now();
  const cpu = process.cpuUsage();
  index.addFeatures(feats);
  const seconds = (performance.now() - start) / 1000;
  // CPU seconds too: on a shared machine wall time mostly measures the neighbours.
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  console.log(JSON.stringify({ ads: count, seconds: Number(seconds.toFixed(2)), cpuSeconds: Number(cpuSeconds.toFixed(2)), peakRssMb: Math.round(peakRss / 2 ** 20) }));
  return index;
}

const args = process.argv.slice(2);
const countArg = args.indexOf('--count');
const count = countArg >= 0 ? Number(args[countArg + 1]) : 100_000;
run(count);
if (args.includes('--million')) {
  const index = run(1_000_000);
  const more = features(index, 1_000, 2);
  const start = performance.now();
  index.addFeatures(more);
  const seconds = (performance.now() - start) / 1000;
  console.log(JSON.stringify({ ads: 1_000, onto: index.size - 1_000, seconds: Number(seconds.toFixed(3)), peakRssMb: Math.round(peakRss / 2 ** 20) }));
}
