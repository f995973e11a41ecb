import { describe, expect, it } from 'vitest';
import type { AdInput } from '../shared/types.js';
import { prepareAd } from '../extract/index.js';
import { createBatchLinker } from './batch-linker.js';
import { NetworkIndex } from './network-index.js';

const template = (name: string, town: string): string =>
  `Hello gentlemen! This is ${name}, 23 years, she is new girl, just arrived in ${town}. She is very sweet and open minded, always smiling. Incall in clean discreet apartment. Call or sms for book her. We have new girls every week!`;

const ad = (id: string, fields: Partial<AdInput>): AdInput => ({
  id,
  posted_at: '2026-10-01T10:00:00Z',
  ...fields,
});
const prep = (ads: AdInput[]) => ads.map(prepareAd);

describe('NetworkIndex', () => {
  const a = ad('a', { name: 'Mia', phones: ['22 33 44 55'], posted_at: '2026-10-01T10:00:00Z' });
  const b = ad('b', { name: 'Lena', phones: ['22334455'], posted_at: '2026-10-02T10:00:00Z' });
  const c = ad('c', { name: 'Ioana', text: template('Ioana', 'Aarhus'), posted_at: '2026-09-01T10:00:00Z' });
  const d = ad('d', {
    name: 'Denisa',
    text: template('Denisa', 'Odense'),
    phones: ['31 67 02 48'],
    posted_at: '2026-09-02T10:00:00Z',
  });
  const e = ad('e', { name: 'Roxana', phones: ['31670248', '22334455'], posted_at: '2026-10-05T10:00:00Z' });
  const lone = ad('lone', { name: 'Anne', phones: ['27 92 05 46'], text: 'Anne her, dansk og glad.' });

  it('leaves unlinked ads without a cluster', () => {
    const index = new NetworkIndex();
    index.addAds(prep([a, lone]));
    expect(index.clusterOf('lone')).toBeNull();
    expect(index.clusterOf('a')).toBeNull();
    expect(index.clusterOf('unknown')).toBeNull();
  });

  it('keeps cluster ids when clusters merge (the older id wins) and reports the merge', () => {
    const index = new NetworkIndex();
    index.addAds(prep([a, b]));
    const first = index.clusterOf('a');
    expect(first).toMatch(/^c-[0-9a-f]{12}$/);
    index.addAds(prep([c, d]));
    const second = index.clusterOf('c');
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
    const result = index.addAds(prep([e]));
    expect(result.merged).toEqual([{ from: second, into: first }]);
    for (const id of ['a', 'b', 'c', 'd', 'e']) expect(index.clusterOf(id)).toBe(first);
  });

  it('gives the same clusters incrementally as in one batch, whatever the input order', () => {
    const all = [a, b, c, d, e, lone];
    const batch = createBatchLinker();
    for (const p of prep([...all].reverse())) batch.add(p);
    batch.finish();
    const once = new NetworkIndex();
    once.addAds(prep(all));
    // In one batch the id comes from the earliest member by posted_at: ad c.
    const expected = batch.resultFor('a').cluster;
    expect(once.clusterOf('a')).toBe(expected);
    expect(batch.resultFor('c').cluster).toBe(expected);
    expect(batch.resultFor('lone').cluster).toBeNull();
  });

  it('explains links with readable reasons and person difference', () => {
    const index = new NetworkIndex();
    index.addAds(prep([a, b, c, d]));
    const links = index.linksOf('c');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ type: 'text', from: 'c', to: 'd', differentPersons: true });
    expect(links[0]!.reason).toMatch(/^text \d+ % similar$/);
    expect(index.linksOf('a')).toEqual([
      { type: 'contact', from: 'a', to: 'b', reason: 'same phone +4522334455', differentPersons: true },
    ]);
    const shared = index.indicatorsFor('a').find((i) => i.id === 'shared-contact');
    expect(shared?.evidence).toEqual([{ ads: ['b'], reason: 'same phone +4522334455' }]);
  });

  it('round-trips through JSON with the same cluster ids and indicators', () => {
    const index = new NetworkIndex();
    index.addAds(prep([a, b]));
    index.addAds(prep([c, d, lone]));
    const json = JSON.parse(JSON.stringify(index.toJSON())) as ReturnType<NetworkIndex['toJSON']>;
    const loaded = NetworkIndex.fromJSON(json);
    expect(loaded.size).toBe(5);
    for (const id of ['a', 'b', 'c', 'd', 'lone']) {
      expect(loaded.clusterOf(id)).toBe(index.clusterOf(id));
      expect(loaded.indicatorsFor(id)).toEqual(index.indicatorsFor(id));
    }
    // The loaded index keeps merging with the older id.
    const older = index.clusterOf('a');
    loaded.addAds(prep([e]));
    expect(loaded.clusterOf('d')).toBe(older);
  });

  it('skips an ad id it already holds', () => {
    const index = new NetworkIndex();
    expect(index.addAds(prep([a, a])).added).toBe(1);
  });
});
