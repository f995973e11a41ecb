import type { Evidence } from '../shared/types.js';
import { spanEvidence } from '../extract/evidence.js';
import { findOpeningHours, isAroundTheClock } from '../extract/hours.js';
import { defineIndicator, type PreparedAd } from './define.js';

/** Hours a day that count as "around the clock" when stated for every day. */
export const UNLIMITED_HOURS_MIN = 18;

const FIELDS = new Set(['title', 'text', 'hours']);

function detect(ad: PreparedAd): Evidence[] {
  const out: Evidence[] = [];
  for (const f of ad.fields) {
    if (f.source !== 'ad' || !FIELDS.has(f.path)) continue;
    for (const m of findOpeningHours(f.text, f.path === 'hours')) {
      if (isAroundTheClock(m, UNLIMITED_HOURS_MIN)) out.push(spanEvidence(f, m.start, m.end));
    }
  }
  return out;
}

export const indicator = defineIndicator({
  id: 'unlimited-hours',
  kind: 'text',
  labels: { da: 'Åben døgnet rundt', en: 'Open around the clock' },
  descriptions: {
    da: 'Annoncen siger åbent døgnet rundt ("24/7", "døgnet rundt") eller åbningstider på 18 timer eller mere alle dage.',
    en: 'The ad says open around the clock ("24/7", "open all night") or states hours of 18 or more every day.',
  },
  defaultWeight: 2,
  languages: ['da', 'en'],
  detect,
  examples: {
    positive: [
      { text: 'Hos os: Åbent alle dage 10-04. Ring nu.' },
      { text: 'Always open 24/7, also night.' },
      { title: 'Åbent døgnet rundt - Næstved' },
      { text: 'Du kan ringe alle dage kl. 07-01.' },
      { text: 'Massage og GFE.', hours: 'Alle dage 00-24' },
      { text: 'GFE, massage.', hours: '10-04' },
    ],
    negative: [
      { text: 'OBS: Jeg har IKKE åbent 24/7. Du kan møde mig hverdage 11-19.' },
      { text: 'Book gerne mindst 24 timer før, så jeg kan gøre klar.' },
      { text: 'Nat-ugle? Alle dage 11-03.' },
      { text: 'Open 10-22 every day.' },
      { text: 'Massage.', hours: 'Man-fre 10-04' },
      { text: 'I am not available 24/7, only evenings.' },
    ],
  },
});
