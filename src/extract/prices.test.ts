import { describe, expect, it } from 'vitest';
import { extractPrices, hourlyPriceDkk } from './prices.js';

const hourly = (text: string): number | null => hourlyPriceDkk(extractPrices([{ path: 'text', text }]));

describe('extractPrices: a range with its currency after the upper end', () => {
  it.each([
    ['1 hour 150-200 € , depends on service', 1119],
    ['1 time 150–200 EUR', 1119],
    ['1 hour 150 - 200 euro', 1119],
    ['1 hour 150 to 200 €', 1119],
    ['1 Stunde 150 bis 200 EUR', 1119],
    ['1 time 1000-1500 kr', 1000],
    ['1 hour 1000-1500 DKK', 1000],
    ['30 min 100-150 €, 1 hour 150-200 €', 1119],
  ])('gives the lower end that currency: %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
  it.each([
    // A falling pair is two prices, a word is no range, and a currency before a duration belongs to it.
    ['1 time 1500 - 200 € ekstra for anal', 1500],
    ['1 hour 150to 200 €', 150],
    ['1 time 800, 30 min - 100 €', 800],
    ['1 time 900 / 150 € for two hours', 900],
  ])('leaves other neighbours alone: %s', (text, dkk) => {
    expect(hourly(text)).toBe(dkk);
  });
  it('keeps the currency written on the lower end', () => {
    expect(extractPrices([{ path: 'text', text: '1 hour €150-200' }])).toMatchObject([
      { amount: 150, currency: 'EUR', minutes: 60 },
    ]);
  });
});
