import { describe, expect, it } from 'vitest';
import { extractPrices } from './prices.js';
import {
  addWordDurations,
  mayPairWithWordDuration,
  scanPriceTokens,
  scanPriceTokensByRegex,
  type PriceTokens,
} from './price-scan.js';
import { lowerTwinText } from './scan.js';

/** The fast scan with every duration, as the reference (global regex loops) finds them. */
function fullScan(text: string): PriceTokens {
  const t = scanPriceTokens(text);
  return {
    amounts: t.amounts,
    durations: t.complete ? t.durations : addWordDurations(text, t.durations),
  };
}

function plain(t: PriceTokens): unknown {
  return {
    amounts: t.amounts.map((a) => ({ ...a })),
    durations: t.durations.map((d) => ({
      start: d.start,
      end: d.end,
      groups: Object.fromEntries(Object.entries(d.groups).filter(([, v]) => v !== undefined)),
    })),
  };
}

/** The reference as extractPrices ran it before: the loops over the lower-cased text where it can. */
function reference(text: string): PriceTokens {
  return scanPriceTokensByRegex(lowerTwinText(text) ?? text);
}

const TEXTS = [
  '1 time 1.2k, ½t 700, 1 h 1,5k, 2K, 15k, 50kr, 1.6k/t, 2k følgere, 1.5kr',
  'Pris: 30 min 1.100 kr, 1 time 2.000,-.\nRing eller sms 20 29 60 31.',
  '1 time 1400 kr, ½ time 400 kr, 1½ time 2000, 1/2 t. 500',
  '200 EUR / 1h, 400 EUR / 2h, €150 per hour, $200, £90 for an hour, 80 eur/hour',
  '1 t. 700,- ½ t. 400,- 2 tim. 1.500 kr. 45 min. 900 dkk, hel nat 5000 kr, halv time 500',
  'en time 800, to timer 1500, a h 300 kr, an hour 1600 kr, half an hour 900 kr, overnight 8000 kr',
  'at 500 kr, am 40, entime 800, tohours 2000 kr, time 1000 kr, timen 1200, hour: 1500 kr',
  '1 hour approx. 1300, 1 time fra 1000 kr, 30 min - 500, 1 time: 1400 kr, 1 time = 1500 kr',
  '1500 kr/time, 1200,-/t, Around 1500 per hour, 1400 pr. time, 1000 i timen, 1600 an hour',
  '1.5 time 2000 kr, 1,5 timer 2100 kr, 123456 kr, 1.5000 kr, 1.200,- kr, 1.200,-kr, 500,00 kr',
  'På 24/7 ring 22 33 44 55 eller 12345678. Jeg er 23 år. Nat og dag. 1 TIME 1.500 KR',
  'Emoji 🥰 1 time 800 kr 😘, 𝒜 1 time 900, İstanbul 1 time 700 kr',
  'time_1 500 kr, a_1 time 800, x\u00a01\u00a0time\u00a0900\u00a0kr',
  '30min 1500kr 1t 800kr 2h 300€ 3 hrs 900 usd 1 hr. 400 gbp 10 minutes 50 kroner',
  '',
  'no digits here at all, a time an hour',
  'eur200, dkk 300, 5eur, €€200, 200dkk300 kr, neuro 1 time 800 eurodance, 12½ t 400 kr, ½½ time',
  'Jeg er 25 år, 9, kun 25. Pris: 30 min 800 kr. 22.33.44.55. 25, from 123456. 1234567, 7.',
  '25 € 30 £ 40 ¥ 50 é 60 \u00a0x 70,- 80.- 90,00 kr 100,5 t 110.5 t 12. 13, 14.\n15,\t16 1 time 99.',
  '1 time 500.- 1 time 600,-kr 1 time 700, 1 time 800. 1 time 900 ,1 time 1000 .x 99,0 99.0 99.a',
  // Currency words before digits (read behind each digit run): after a space of another kind, two
  // spaces, a letter, at the very start, inside an earlier amount, and words with no digits after.
  'EUR\u00a0200 1 time, dkk  300 1 time, xeur 400 1 time, 1 time 5dkk 600, dkk eur 700, eur dkk',
  'dkk500 / 1h, 1 time 900eur 100, €eur 50 per hour, eur 1.500,- 1 time, DKK 2.000 kr/time',
  // "kr" before the amount, a price word as the hour, thousands written with a comma.
  'Timepris: kr. 1.100. Halv time kr. 700. kr.500 1 time, 5kr 600, 1 time kr 1400, dkr 300, 800 kr 22 33',
  'timeprisen kr 900, Kr. 500 for 30 min, kr\u00a0800 1 time, kr  900, kr.-500, 700 kr. 800 kr',
  '1 hour DKK 1,500 / 2 hours DKK 2,800, 1,500,- 1 time, 12,000 kr, 100,000 kr, 1,500,000, 1,5 time 1,50',
  '1,500kr 1 t, 1,500,00 kr, 1,50 kr, 9,999,- kr, 10,0000 kr, a1,500 kr, .1,500 kr, 1,500.5 kr',
  'Halv time 700, hel time 1200, hele timen 1300 kr, helt 500 kr, 150 EUR one hour, 500 kr - en time',
  // Thousands set apart by a space, before a currency only.
  '1 t. 1 000 kr, 1 time 12 500 dkk, 1 time 1 300,-, 1\u00a0200 kr, Ring 20 123 456, 1 000 000 kr, 1 0000 kr',
  '1 000kr 1 t, 1 000 eur, 1 000 1 time, 12 345 678 kr, 1234 567 kr, x1 000 kr, .1 000 kr, 1 000  kr',
  // Swedish and German units, "kroner" as a whole word.
  '1 timme 1500 kr, 2 timmar 2800 kr, 60 minuter 1400 kr, halvtimme 700 kr, entimme 900, 2 tim 1300',
  '1 Stunde 1500 kr, 2 Stunden 2800, 1 Std. 1500, 2 std 2800, 1100 kroner for en time, 500 kroner5',
  '1.200 kroner, 800 kroner., 900kroner 1 time, 1 minuter, 1 timmer 500 kr, stunde 800 kr',
  '1 heure 1400 kr, 2 heures 2600, 1 ora 1600 kr, 2 ore 3000, enora 500, aore 700, ahora 150€, oră 900',
  '1 oră 1000 kr, 2 ore 1800, 1oră 700, o oră 900, aoră 500, 1 ora\u0306 400, 1 orăș 300, 1 oră. 800',
  '1 hora 1500 kr, 2 horas 2800, 1hora 900 kr, una hora 800, ahora 150€, a hora 700, en hora 600, xhora 5',
  'En times massage 600 kr, 1 times besøg 900, et times 800, 2 times 500, 1  times 400, 1times 300, en times.',
  // Polish, Czech, Slovak, Lithuanian and Hungarian units, with letters outside ASCII or not.
  '1 godz. 1300 kr, 1 godzina 1500, 2 godziny 2800, 1 godzinę 900, 3 godzin 4000, godz 500, agodz 800',
  '1 hodina 1500 DKK, 2 hodiny 2800, 1 hod 900 DKK, 1 hod. 950, hodinu 700, 1hodin 600, 1 hodinka 500',
  '1 val. 1300 kr, 1 valanda 1400, 2 valandos 2600, 1 valandą 900, 1 valg 800, aval 700, en val 600',
  '1 óra 1400 DKK, 2 óra 2600, 1 órás 1500, 30 perc 700 DKK, 30 minut 800, 30 minút 750, 30 minuta 5',
  // Swedish and Norwegian kroner when named, after the amount only; a bare German "Stunde".
  '1 tim 2 500 SEK, 1 time 2500 NOK, 1 timme 1 400 danska kronor, 1 time 1 300 danske kroner, 30 sekunder',
  '1 tim 1000sek, 2 000 svenska kronor, 1 500 norske kroner, Nok 37, 45 nok, 1 200 nokia, 1 000 danska tjejer',
  'Stunde 1.300 kr, Stunden 800 kr, stunde: 900, 100 € / Std., 1 500 sek., 12 500 nok 1 t, 1 000 svensk',
  // Ukrainian and Russian units, in Cyrillic.
  '1 година 1200 kr, 2 години 2200, 1 час 1500 kr, 2 часа 2800, 30 хвилин 700, 30 минут 800, 1 годинник 5',
  // The hour and half hour as words: Spanish, Romanian, Czech, Polish, German, Hungarian, Russian and
  // Ukrainian; Polish and Czech kroner.
  'Una hora 1.400 kr, una horas, unahora 5, 150 € o oră, o ora 700 kr, oo oră 5, Hodina 1200 DKK, hodinax 5',
  'Godzina 1000 koron, pół godziny 600 koron, půl hodiny 90 €, pul hodiny 5, halbe Std. 600, fél óra 400 kr, fel óra 5',
  'Час – 150 евро, полчаса – 100 евро, 150 євро, Година – 1400 крон, пів години 900 крон, 1200 korun, 1 часы 5',
  '500 евро, 600 крона, 700 кроны, 800 к, 900 е, полчасаx 5, xчас 600 kr',
  // Korean, Vietnamese, Thai and Tagalog units; "giờ" also tells the time of day ("10 giờ sáng").
  '1시간 1400kr, 30분 800kr, 1 giờ 1200 kr, 30 phút 650, 1 tiếng 1100, 10 giờ sáng 900, tiếng Anh 500',
  '1 ชั่วโมง 1300 kr, 30 นาที 700, 1 ชม. 1100 kr, 1 oras 1000kr, 2 oras 1900, enoras 500, 1 orasan 400',
  // The Turkish "saat" after digits, the Ukrainian short "год" after 1 to 3.
  '1 saat 1400 kr, 2 saat 2600, saat 900, 1saat 800, 1 год 1300 кр, 2 год. 2500, 5 год 900, 1 годы 700',
  // The Italian hour and half hour: "un'ora", "mezz'ora", "mezzora"; not "un ora", "unora", "mezz ora".
  "200 € un'ora, 150 € un’ora, mezz'ora 700 kr, mezzora 600, un ora 5, unora 5, mezz ora 5, mezzoras 5",
];

describe('scanPriceTokens', () => {
  it.each(TEXTS.map((t) => [t]))('finds what the global regex loops find: %j', (text) => {
    expect(plain(fullScan(text))).toEqual(plain(reference(text)));
  });

  it('leaves out word-led durations only when incomplete, never number-led ones', () => {
    const t = scanPriceTokens('Pris: 30 min 1.100 kr, 1 time 2.000,- ring 12 34 56 78');
    expect(t.complete).toBe(false);
    expect(t.durations.map((d) => d.groups.unit)).toEqual(['min', 'time']);
  });
});

describe('mayPairWithWordDuration', () => {
  const gate = (text: string): boolean => {
    const t = scanPriceTokens(text);
    const amounts = t.amounts.map((a) => ({ ...a, currency: a.cur === undefined ? null : a.cur }));
    return mayPairWithWordDuration(text, amounts, t.durations);
  };

  it('lets through amounts next to a word-led duration', () => {
    expect(gate('en time 800')).toBe(true);
    expect(gate('time: 500 kr')).toBe(true);
    expect(gate('800 kr i timen')).toBe(true);
    expect(gate('500 kr/time')).toBe(true);
    expect(gate('hel nat 5000 kr')).toBe(true);
    expect(gate('fra 1000 kr')).toBe(true);
  });

  it('rules out amounts after number-led durations or far from any word', () => {
    expect(gate('30 min 1.100 kr, 1 time 2.000,-')).toBe(false);
    expect(gate('Ring 22 33 44 55, jeg er 23 år')).toBe(false);
  });

  it('gives the same prices as when every duration is looked for', () => {
    expect(extractPrices([{ path: 'text', text: 'Massage. En time 800, halv time 500 kr.' }])).toMatchObject([
      { amount: 800, minutes: 60 },
      { amount: 500, minutes: 30 },
    ]);
  });
});
