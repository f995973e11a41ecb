import { describe, expect, it } from 'vitest';
import type { AdSnapshot } from '../store/repository.js';
import { evidenceSnippet, fieldValue, joinListItems, type EvidenceSnippet } from './evidence-snippet.js';
import { fieldLabel } from './words.js';

const long = `${'a '.repeat(60)}ung pige${' b'.repeat(60)}`;
const snapshot: AdSnapshot = {
  photoHashes: [],
  text: 'Ny i byen!\nSød ung pige, 19 år.',
  prices: ['30 min 400 kr', '1 time 500 kr'],
  age: 19,
  title: long,
};
const reviews = [{ id: 'r1', text: 'Hun virkede bange' }];

describe('fieldValue', () => {
  it.each([
    ['text', snapshot.text],
    ['prices[1]', '1 time 500 kr'],
    ['age', '19'],
    ['reviews[0].text', 'Hun virkede bange'],
    ['prices[5]', null],
    ['reviews[3].text', null],
    ['nosuchfield', null],
  ])('%s', (field, value) => {
    expect(fieldValue(snapshot, reviews, field)).toBe(value);
  });
});

describe('evidenceSnippet', () => {
  it('shows the quote with its context on one line', () => {
    const start = snapshot.text!.indexOf('ung');
    expect(
      evidenceSnippet({ field: 'text', start, end: start + 3, quote: 'ung' }, snapshot, reviews),
    ).toEqual({
      kind: 'text',
      field: 'text',
      before: 'Ny i byen! Sød ',
      quote: 'ung',
      after: ' pige, 19 år.',
    });
  });

  it('cuts long context at a word boundary', () => {
    const start = long.indexOf('ung pige');
    const s = evidenceSnippet(
      { field: 'title', start, end: start + 8, quote: 'ung pige' },
      snapshot,
      reviews,
    );
    expect(s).toMatchObject({ quote: 'ung pige' });
    if (s.kind !== 'text') throw new Error('text evidence expected');
    expect(s.before.startsWith('…a ')).toBe(true);
    expect(s.before.length).toBeLessThanOrEqual(61);
    expect(s.after.endsWith(' b…')).toBe(true);
  });

  it('shows the stored quote alone when the field changed since scoring', () => {
    expect(evidenceSnippet({ field: 'text', start: 0, end: 4, quote: 'Gone' }, snapshot, reviews)).toEqual({
      kind: 'text',
      field: 'text',
      before: '',
      quote: 'Gone',
      after: '',
    });
  });

  it('gives the reason of a link and who set a manual flag', () => {
    expect(evidenceSnippet({ ads: ['a:1', 'a:2'], reason: 'same phone' }, snapshot, reviews)).toEqual({
      kind: 'link',
      reason: 'same phone',
      ads: ['a:1', 'a:2'],
    });
    expect(
      evidenceSnippet(
        { setBy: 'mia', setAt: '2026-10-01T10:00:00Z', note: 'seemed scared' },
        snapshot,
        reviews,
      ),
    ).toEqual({
      kind: 'manual',
      setBy: 'mia',
      setAt: '2026-10-01T10:00:00Z',
      note: 'seemed scared',
    });
  });
});

describe('fieldLabel', () => {
  it.each([
    ['text', 'da', 'annoncetekst'],
    ['text', 'en', 'ad text'],
    ['prices[1]', 'da', 'pris 2'],
    ['reviews[0].text', 'en', 'review 1'],
    ['services[12]', 'da', 'ydelse 13'],
    ['services', 'da', 'ydelser'],
    ['profile_id', 'da', 'profile_id'],
  ] as const)('%s in %s is %s', (field, lang, label) => {
    expect(fieldLabel(lang, field)).toBe(label);
  });
});

describe('joinListItems', () => {
  const item = (field: string, quote: string): EvidenceSnippet => ({
    kind: 'text',
    field,
    before: '',
    quote,
    after: '',
  });

  it('joins whole items of one list into one line and keeps everything else', () => {
    const inText: EvidenceSnippet = { kind: 'text', field: 'text', before: 'a ', quote: 'b', after: ' c' };
    expect(
      joinListItems([
        item('services[0]', 'Massage'),
        item('services[3]', 'GFE'),
        inText,
        item('prices[1]', '500 kr'),
      ]),
    ).toEqual([item('services', 'Massage, GFE'), inText, item('prices[1]', '500 kr')]);
  });

  it('leaves a single item, and quotes inside an item, as they are', () => {
    const part: EvidenceSnippet = {
      kind: 'text',
      field: 'services[1]',
      before: 'Body ',
      quote: 'slide',
      after: '',
    };
    expect(joinListItems([item('services[0]', 'Duo'), part])).toEqual([item('services[0]', 'Duo'), part]);
  });
});
