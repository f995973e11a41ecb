import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { extractPhones } from './phones.js';
import { numberRegions, readWord } from './phone-scan.js';

/** Regions as the text they cover, easier to read than offsets. */
function regionTexts(text: string, minDigits = 8): string[] {
  const r = numberRegions(text, minDigits);
  const out: string[] = [];
  for (let i = 0; i < r.length; i += 2) out.push(text.slice(r[i], r[i + 1]));
  return out;
}

describe('readWord', () => {
  const read = (w: string): string | null => readWord(w, 0, w.length)?.digits ?? null;
  it('reads number words, compounds and the letters O and l/I', () => {
    expect(read('en')).toBe('1');
    expect(read('Femogtyve')).toBe('25');
    expect(read('twentysix')).toBe('26');
    expect(read('OOO')).toBe('000');
    expect(read('I')).toBe('1');
    expect(read('SE\u212AS')).toBe('6'); // Kelvin sign, lowercased to "k"
  });
  it('reads ordinary words as breaks', () => {
    for (const w of ['at', 'til', 'time', 'Anne', 'x', 'øto', 'sex']) expect(read(w)).toBeNull();
  });
});

describe('numberRegions', () => {
  it('keeps the stretches between breaks that may hold a phone number', () => {
    expect(regionTexts('Ring 20 11 22 33 eller 99 88 77 66')).toEqual(['20 11 22 33', '99 88 77 66']);
    expect(regionTexts('to-otte fire en ni nul syv syv.')).toEqual(['to-otte fire en ni nul syv syv']);
    expect(regionTexts('+45 31 72 86 09')).toEqual(['+45 31 72 86 09']);
  });
  it('drops regions that cannot reach the digit count', () => {
    expect(regionTexts('Anne, 29. Pris 1.100 kr, 30 min')).toEqual([]);
    expect(regionTexts('Anne, 29. Pris 1.100 kr, 30 min', 3)).toEqual(['1.100']);
  });
  it('finds regions at the start, after an underscore and after a digit', () => {
    expect(regionTexts('to to to to to to to to')).toEqual(['to to to to to to to to']);
    expect(regionTexts('ring_to to to to to to to to')).toEqual(['to to to to to to to to']);
    expect(regionTexts('x _to to to to to to to to')).toEqual(['to to to to to to to to']);
    expect(regionTexts('ring 2two 33 44 55')).toEqual(['2two 33 44 55']);
  });
  it('does not start a region inside a word of another script', () => {
    expect(regionTexts('øto to to to to to to to')).toEqual([]);
    expect(regionTexts('𝐀to to to to to to to to')).toEqual([]);
  });
  it('reads "thousand" as a token even with letters after it', () => {
    expect(regionTexts('ring fem thousand fem thousands', 4)).toEqual(['fem thousand fem thousand']);
  });
  it('finds the Kelvin sign spelling of "seks" (scanned in full)', () => {
    expect(regionTexts('SE\u212AS seks seks seks seks seks seks seks')).toHaveLength(1);
  });

  it('finds the same regions as the full character scan on mixed text', () => {
    // A text with the Kelvin sign is scanned character by character; appending one (after a
    // break) changes no region, so both paths must agree on every prefix-free sample.
    const pieces = [
      'to',
      'en',
      'og',
      'fem',
      ' ',
      '-',
      '.',
      '2',
      '45',
      '+',
      'Ring',
      'ø',
      'O',
      'l',
      'i',
      'kr',
      '\n',
    ];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let j = next() % 25; j > 0; j--) text += pieces[next() % pieces.length]!;
      expect(numberRegions(text, 4)).toEqual(numberRegions(`${text}\n\u212a`, 4));
    }
  });
});

describe('phone facts the shortcuts rely on', () => {
  it('libphonenumber accepts no +45 number whose national part is not 8 digits', () => {
    let seed = 11;
    const digit = (): string => String((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 10);
    for (let length = 1; length <= 13; length++) {
      if (length === 8) continue;
      for (let k = 0; k < 50; k++) {
        const national = Array.from({ length }, digit).join('');
        expect(parsePhoneNumberFromString(`+45${national}`)?.isValid() ?? false).toBe(false);
      }
    }
  });
  it('still reads +45 and 0045 numbers', () => {
    expect(extractPhones('+45 31 72 86 09 / 0045 31728609').map((p) => p.e164)).toEqual([
      '+4531728609',
      '+4531728609',
    ]);
  });
});
