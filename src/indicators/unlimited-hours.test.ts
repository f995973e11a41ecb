import { describe, expect, it } from 'vitest';
import { findAroundTheClock } from '../extract/hours.js';
import { prepareAd } from '../extract/index.js';
import type { TextEvidence } from '../shared/types.js';
import { indicator, UNLIMITED_HOURS_MIN } from './unlimited-hours.js';

describe('unlimited-hours', () => {
  // The hours parser is skipped where it cannot find anything: it must find nothing there.
  it.each([
    'Alle dage 10-04',
    'kl. 10.30 - 04.00',
    'Open 12.30-12, ring',
    'Hverdage 06-02, alle dage',
    'alle dage 00:-24',
    'Every day 0000 – 24',
    'Open 24 - 7, 24 / 7 og 24t',
    'IKKE 24/7, kun efter aftale',
    'Pim 24 - København, tlf 24 55 66 77, 2400 kr, Mon-Sun 12-24',
    'Open 10-22 every day, kl. 11-03',
  ])('finds what the hours parser finds in "%s"', (text) => {
    const expected = findAroundTheClock(text, false, UNLIMITED_HOURS_MIN).map((m) => [m.start, m.end]);
    const evidence = indicator.detect!(prepareAd({ id: 'a', text })) as TextEvidence[];
    expect(evidence.map((e) => [e.start, e.end])).toEqual(expected);
  });
});
