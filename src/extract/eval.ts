import { readFile } from 'node:fs/promises';
import { InputError } from '../shared/errors.js';
import type { AdInput } from '../shared/types.js';
import { extractFacts } from './index.js';

/** One ad where extraction differs from its label (ids and normalised values only, no ad text). */
export interface ExtractionFailure {
  id: string;
  kind: 'phones' | 'price';
  expected: string[] | number | null;
  got: string[] | number | null;
}

/** Share of ads whose phone set and hourly price equal their labels. */
export interface ExtractionEvaluation {
  n: number;
  /** Share (0..1) of labelled ads whose set of phones exactly equals the label. */
  phonesExact: number;
  /** Share (0..1) of labelled ads whose hourly price (DKK) equals the label (null = null). */
  priceExact: number;
  failures: ExtractionFailure[];
}

interface Label {
  id: string;
  phones?: string[];
  hourly_price_dkk?: number | null;
}

async function readJsonl<T>(path: string): Promise<T[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((line, i) => {
      try {
        return JSON.parse(line) as T;
      } catch (err) {
        throw new InputError(`${path}: line ${i + 1} is not JSON`, { cause: err });
      }
    });
}

const samePrice = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) < 0.005;

/**
 * Runs `extractFacts` over a JSONL batch and compares phones and hourly prices with a label file
 * (matched by id). Label lines without `hourly_price_dkk` are not counted for prices.
 */
export async function evaluateExtraction(adsPath: string, labelsPath: string): Promise<ExtractionEvaluation> {
  const ads = await readJsonl<AdInput>(adsPath);
  const labels = new Map((await readJsonl<Label>(labelsPath)).map((l) => [l.id, l]));
  let n = 0;
  let phonesOk = 0;
  let priceN = 0;
  let priceOk = 0;
  const failures: ExtractionFailure[] = [];
  for (const ad of ads) {
    const label = labels.get(ad.id);
    if (!label) continue;
    n++;
    const facts = extractFacts(ad);
    const got = [...facts.phones].sort();
    const expected = [...(label.phones ?? [])].sort();
    if (got.length === expected.length && got.every((p, i) => p === expected[i])) phonesOk++;
    else failures.push({ id: ad.id, kind: 'phones', expected, got });
    if (label.hourly_price_dkk !== undefined) {
      priceN++;
      if (samePrice(facts.hourly_price_dkk, label.hourly_price_dkk)) priceOk++;
      else
        failures.push({
          id: ad.id,
          kind: 'price',
          expected: label.hourly_price_dkk,
          got: facts.hourly_price_dkk,
        });
    }
  }
  return { n, phonesExact: n ? phonesOk / n : 0, priceExact: priceN ? priceOk / priceN : 1, failures };
}
