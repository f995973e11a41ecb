/**
 * Regenerates the saved pages of the contract suite from the demo server:
 *   npx tsx src/sources/sites/__fixtures__/regenerate.ts
 * Pages are fetched from ephemeral ports; the manifest records them under each adapter's default
 * base URL, since parsers resolve links against the URL they are given.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDemoWorld, startDemoSites } from '../../demo/index.js';
import { getSiteAdapter } from '../index.js';

/** One saved page. `malformed`: the page is broken on purpose. */
export interface FixtureEntry {
  file: string;
  kind: 'list' | 'detail' | 'review';
  url: string;
  malformed?: boolean;
}

const here = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const world = createDemoWorld({ seed: 11, size: 'small' });
  const faults = { random429Rate: 0, slowRate: 0, hugePage: false, malformedRate: 0.15 };
  const demo = await startDemoSites({ world, ports: { classic: 0, clinics: 0 }, faults, rateLimit: { requestsPerSecond: 1000 } });
  try {
    const malformed = new Set(demo.faultAds().filter((f) => f.kind === 'malformed').map((f) => f.path));
    for (const site of demo.sites) {
      const adapter = getSiteAdapter(site.id);
      const dir = join(here, site.id);
      mkdirSync(dir, { recursive: true });
      const manifest: FixtureEntry[] = [];
      const save = async (file: string, kind: FixtureEntry['kind'], path: string): Promise<void> => {
        const res = await fetch(site.baseUrl + path);
        writeFileSync(join(dir, file), await res.text());
        const entry: FixtureEntry = { file, kind, url: adapter.baseUrl + path };
        if (malformed.has(path)) entry.malformed = true;
        manifest.push(entry);
      };
      const truth = world.groundTruth({ faults }).sites[site.id as 'demo-classic' | 'demo-clinics'];
      const good = [...new Set(truth.map((t) => t.path))].filter((p) => !malformed.has(p));
      const broken = [...malformed].find((p) => truth.some((t) => t.path === p));
      if (site.id === 'demo-classic') {
        await save('list-1.html', 'list', '/annoncer?page=1');
        await save('list-last.html', 'list', `/annoncer?page=${Math.ceil(truth.length / 20)}`);
        const withReviews = truth.find((t) => t.reviewsCount > 0 && !malformed.has(t.path));
        const obfuscated = truth.find((t) => t.fields.phonesShown.some((p) => /[a-z.]/.test(p)) && !malformed.has(t.path));
        const network = truth.find((t) => t.networkId && !malformed.has(t.path));
        for (const [i, t] of [withReviews, obfuscated, network].entries()) {
          if (!t) continue;
          await save(`detail-${i + 1}.html`, 'detail', t.path);
        }
        if (withReviews) await save('reviews-1.html', 'review', `${withReviews.path}/anmeldelser`);
      } else {
        await save('list-1.html', 'list', '/clinics?page=1');
        await save('list-city.html', 'list', `/clinics?city=${encodeURIComponent(truth[0]?.fields.city ?? '')}`);
        for (const [i, p] of good.slice(0, 2).entries()) await save(`detail-${i + 1}.html`, 'detail', p);
      }
      if (broken) await save('detail-malformed.html', 'detail', broken);
      writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    }
  } finally {
    await demo.close();
  }
}

await main();
