import { describe, expect, it } from 'vitest';
import { canonicalCity } from './cities.js';
import { estimateJaccard, MinHasher } from './minhash.js';
import { extractName, normaliseName } from './names.js';
import { exactJaccard, normaliseTokens, shingleHashes } from './text-shingles.js';

describe('extractName', () => {
  it.each([
    [{ name: ' Mia ', text: 'Jeg hedder Lola' }, 'Mia'],
    [{ text: 'Hej søde mand 💋 Jeg hedder Natalia, er 26 år' }, 'Natalia'],
    [{ text: 'Hello gentlemen! This is Bianca, 19 years' }, 'Bianca'],
    [{ title: 'Ploy 31 - new Aarhus', text: 'Sawasdee ka, new in Aarhus' }, 'Ploy'],
    [{ title: 'Dao - Thai lady Horsens', text: 'Oil massage, private.' }, 'Dao'],
    [{ title: 'Anne 44 - Horsens', text: 'Anne her 🙂 dansk og glad.' }, 'Anne'],
    [{ title: 'NEW in Copenhagen', text: 'Jeg er helt ny i byen.' }, null],
  ])('%o → %s', (ad, expected) => {
    expect(extractName(ad)).toBe(expected);
  });
  it('normalises names for comparison', () => {
    expect(normaliseName('Zoë')).toBe(normaliseName('zoe'));
    expect(normaliseName('  ')).toBeNull();
  });
});

describe('canonicalCity', () => {
  it('merges aliases', () => {
    expect(canonicalCity('Kbh V')).toBe('København');
    expect(canonicalCity('Nørrebro')).toBe('København');
    expect(canonicalCity('Aarhus C')).toBe('Aarhus');
    expect(canonicalCity('Atlantis')).toBeNull();
  });
});

describe('normaliseTokens', () => {
  it('masks names, towns, numbers and contacts', () => {
    expect(
      normaliseTokens('Jeg hedder Sabrina, 24 år, ny i Odense. Ring 22 48 15 93 eller a@b.dk', 'Sabrina'),
    ).toEqual(['jeg', 'hedder', '@name', '#', 'ar', 'ny', 'i', '@city', 'ring', '#', 'eller', '@contact']);
  });
  it('makes copies of a template equal and leaves different texts apart', () => {
    const t = (n: string, c: string, p: string) =>
      `Hej, jeg hedder ${n} og bor i ${c}. Massage og GFE, altid diskret. Ring ${p}.`;
    const x = shingleHashes(normaliseTokens(t('Mia', 'Vejle', '22 33 44 55'), 'Mia'));
    const y = shingleHashes(normaliseTokens(t('Kira', 'Kolding', '31670248'), 'Kira'));
    const z = shingleHashes(normaliseTokens('Moden kvinde med kurver, kaffe på kanden og god tid.', null));
    expect(exactJaccard(x, y)).toBe(1);
    expect(exactJaccard(x, z)).toBe(0);
  });
});

describe('MinHasher', () => {
  it('estimates Jaccard within a few points of the exact value', () => {
    const hasher = new MinHasher({ k: 128, bands: 32 });
    const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
    const a = shingleHashes(words.slice(0, 150));
    const b = shingleHashes(words.slice(50, 200));
    const exact = exactJaccard(a, b);
    const est = estimateJaccard(hasher.signature(a)!, 0, hasher.signature(b)!, 0, hasher.k);
    expect(Math.abs(est - exact)).toBeLessThan(0.12);
    expect(hasher.signature(new Uint32Array(0))).toBeNull();
  });
  it('refuses a signature length that the bands do not divide', () => {
    expect(() => new MinHasher({ k: 10, bands: 3 })).toThrow(RangeError);
  });
});
