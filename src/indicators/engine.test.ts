import { describe, expect, it } from 'vitest';
import type { FiredIndicator } from '../shared/types.js';
import { readFileSync } from 'node:fs';
import { parseAdLine } from '../analyze/input.js';
import { prepareAds } from '../extract/index.js';
import type { PreparedAd } from './define.js';
import {
  combineIndicators,
  detectTextIndicators,
  detectTextIndicatorsBatch,
  detectTextIndicatorsOfAll,
  levelFor,
  scoreAd,
} from './engine.js';
import { loadScoringConfig, parseScoringConfig } from './scoring-config.js';
import { prepareForTests } from './text/test-prepare.js';

const config = loadScoringConfig();

const agencyAd = prepareForTests({
  id: 't:1',
  title: 'NEW in Copenhagen',
  text: 'This is Alina, she is new girl, just arrived. Services: GFE, OWO. We have new girls every week!',
  reviews: [{ id: 'r1', text: 'A guy was waiting in the kitchen and took the money.' }],
});

const link: FiredIndicator = { id: 'shared-contact', weight: 99, evidence: [{ ads: ['t:2'] }] };
const xFactor: FiredIndicator = {
  id: 'x-factor',
  weight: 3,
  evidence: [{ setBy: 'worker:7', setAt: '2026-10-01T10:00:00Z', note: 'worried after visit' }],
};

describe('levelFor', () => {
  it('is red at 7 or more, yellow at 3 to 6, green below 3', () => {
    expect([0, 2, 3, 6, 7, 12].map((s) => levelFor(s, config))).toEqual([
      'green',
      'green',
      'yellow',
      'yellow',
      'red',
      'red',
    ]);
  });
});

describe('scoreAd', () => {
  it('sums configured weights of fired text and review indicators', () => {
    const scored = scoreAd(agencyAd, config);
    const ids = scored.indicators.map((i) => i.id).sort();
    expect(ids).toEqual(
      expect.arrayContaining([
        'new-in-town',
        'review-third-party-control',
        'rotating-workers',
        'third-party-voice',
        'unprotected-services',
      ]),
    );
    expect(scored.score).toBe(scored.indicators.reduce((s, i) => s + i.weight, 0));
    expect(scored.level).toBe('red');
  });

  it('adds cross-ad and manual flags with weights from the configuration, each at most once', () => {
    const plain = prepareForTests({ id: 't:3', text: 'Hej, jeg hedder Sofie.' });
    const scored = scoreAd(plain, config, {
      crossAd: [link, { ...link, evidence: [{ ads: ['t:4'] }] }],
      manual: [xFactor],
    });
    expect(scored.indicators.map((i) => i.id)).toEqual(['shared-contact', 'x-factor']);
    expect(scored.indicators[0]!.weight).toBe(2);
    expect(scored.indicators[0]!.evidence).toHaveLength(2);
    expect(scored.score).toBe(5);
    expect(scored.level).toBe('yellow');
  });

  it('follows the configuration: disabled indicators do not fire, weights and thresholds change the level', () => {
    const custom = parseScoringConfig({
      version: 'test',
      thresholds: { red: 20, yellow: 10 },
      weights: { 'third-party-voice': 10, 'new-in-town': 2 },
      enabled: ['third-party-voice'],
    });
    const scored = scoreAd(agencyAd, custom);
    expect(scored.indicators.map((i) => i.id)).toEqual(['third-party-voice']);
    expect(scored).toMatchObject({ score: 10, level: 'yellow' });
  });

  it('drops flags without evidence', () => {
    expect(combineIndicators([{ id: 'copied-text', weight: 2, evidence: [] }], config).indicators).toEqual(
      [],
    );
  });
});

describe('detectTextIndicatorsBatch', () => {
  const ads = readFileSync(new URL('../../test/holdout/ads.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .flatMap((line) => {
      const parsed = line.trim() === '' ? null : parseAdLine(line);
      return parsed?.ok ? [parsed.ad] : [];
    });
  const prepared = (): PreparedAd[] =>
    prepareAds(ads).map((p) => {
      if ('error' in p) throw p.error;
      return p.prepared;
    });

  it('gives every ad of a batch, detector by detector, the flags it gets alone', () => {
    expect(ads.length).toBeGreaterThan(100);
    const together = detectTextIndicatorsBatch(prepared(), config);
    const alone = prepared().map((p) => detectTextIndicators(p, config));
    expect(together.filter((d) => 'fired' in d && d.fired.length > 0).length).toBeGreaterThan(50);
    expect(together).toEqual(alone.map((fired) => ({ fired })));
    // Over more ads than one batch, in batches, the same again.
    expect(detectTextIndicatorsOfAll(prepared(), config)).toEqual(alone);
  });

  it('fails only the ad a detector throws on', () => {
    const [ok, other] = prepared();
    const broken: PreparedAd = {
      ...other!,
      fields: [
        {
          path: 'text',
          source: 'ad',
          get text(): string {
            throw new Error('unreadable field');
          },
        },
      ],
    };
    const [first, second] = detectTextIndicatorsBatch([ok!, broken], config);
    expect(first).toEqual({ fired: detectTextIndicators(prepared()[0]!, config) });
    expect(second).toEqual({ error: new Error('unreadable field') });
    expect(() => detectTextIndicators(broken, config)).toThrow('unreadable field');
  });
});
