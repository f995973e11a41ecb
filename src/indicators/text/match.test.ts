import { describe, expect, it } from 'vitest';
import { isNegated } from './match.js';
import { literalPrefixes, startPrefixes, wordPrefixes } from './prefix-gate.js';

describe('literal prefixes', () => {
  it('keeps an optional leading word as a possible start, unlike the gate', () => {
    expect(startPrefixes('(?:my |the )?manager')).toEqual(['my', 'the', 'manager']);
    expect(wordPrefixes('(?:my |the )?manager')).toEqual([['manager']]);
    expect(startPrefixes('(?:a)?round the clock')).toEqual(['a', 'round']);
    expect(startPrefixes('limits?')).toEqual(['limit']);
    expect(startPrefixes('\\p{L}+ girls')).toBeNull();
  });

  it('looks past optional or repeated whole words for the word that follows them', () => {
    expect(literalPrefixes('(?:\\p{L}+ ){0,2}(?:girls|piger)')).toEqual(['girls', 'piger']);
    expect(literalPrefixes('(?:[\\p{L}]+ )?ladies')).toEqual(['ladies']);
    expect(literalPrefixes('(?:\\p{L}+ ){0,2}(?:girls|piger)', true)).toBeNull();
  });

  it('gates on every word except common and one-letter ones', () => {
    expect(wordPrefixes('no (?:condom|kondom)')).toEqual([['condom', 'kondom']]);
    expect(wordPrefixes('a bit of (?:english|engelsk)')).toEqual([['bit'], ['of'], ['english', 'engelsk']]);
    expect(wordPrefixes('(?:2|3|two) (?:men|guys)')).toEqual([['men', 'guys']]);
  });

  it('looks past an optional quote mark to the word it marks', () => {
    expect(wordPrefixes('some [\\u0027\\u2019]?powder')).toEqual([['some'], ['powder']]);
    expect(wordPrefixes('some [\'"‘’“”«»]?powder')).toEqual([['some'], ['powder']]);
    // A class that may hold a letter is part of the word: nothing is required of what follows.
    expect(wordPrefixes("some [a'’]?powder")).toEqual([['some']]);
    expect(startPrefixes('[\\u0027]?powder')).toBeNull();
  });

  it('takes a selective word of each phrase in a group whose first words are common', () => {
    expect(wordPrefixes('fest (?:til festen|for the party|to party)')).toEqual([
      ['fest'],
      ['festen', 'party'],
    ]);
    // One phrase with no selective word leaves the group out.
    expect(wordPrefixes('fest (?:til festen|for the)')).toEqual([['fest']]);
    // An optional group requires nothing.
    expect(wordPrefixes('fest (?:til festen|for the party)?')).toEqual([['fest']]);
  });
});

describe('negation', () => {
  it('reads a refused noun\'s "med"/"with" list as refused, item by item', () => {
    const at = (text: string, term: string): boolean =>
      isNegated(text, text.indexOf(term), text.indexOf(term) + term.length);
    expect(at("Jeg laver ikke rollespil med uniform, 'teen' eller lignende", 'teen')).toBe(true);
    expect(at("I don't do roleplay with costumes, schoolgirl or nurse", 'schoolgirl')).toBe(true);
    expect(at('No problem with anal, BB ok', 'BB')).toBe(false);
    expect(at('Jeg laver rollespil med uniform, teen eller sygeplejerske', 'teen')).toBe(false);
  });
  it('reads a check mark after a negated term as approving the negation', () => {
    const at = (text: string, term: string): boolean =>
      isNegated(text, text.indexOf(term), text.indexOf(term) + term.length);
    expect(at('Glad og varm, overhovedet ikke bange ✅ tager selv telefonen', 'bange')).toBe(true);
    expect(at('Ingen chauffør 👍 jeg kører selv', 'chauffør')).toBe(true);
    expect(at('Menu: massage ✅ anal 👍 kys ❌', 'anal')).toBe(false);
    expect(at('Ikke kun massage, anal 👍', 'anal')).toBe(false);
  });
  it('looks a few words back within the clause', () => {
    expect(isNegated('no drugs please', 3, 8)).toBe(true);
    expect(isNegated('No drugs. Drugs ok', 10, 15)).toBe(false);
    expect(isNegated("we don't do anal", 12, 16)).toBe(true);
    expect(isNegated('ingen af de andre ting men BB', 27, 29)).toBe(false);
    expect(isNegated('No limits, BB ok', 11, 13)).toBe(false);
    // The visitors' "without limits" offers the items after it; "без" before a noun still refuses.
    expect(isNegated('без ограничений, анал', 17, 21)).toBe(false);
    expect(isNegated('fără limite, BB', 13, 15)).toBe(false);
    expect(isNegated('без анала', 4, 9)).toBe(true);
  });

  it('reads a refusal after the term, also after a passive verb or a short list', () => {
    expect(isNegated('BB not possible', 0, 2)).toBe(true);
    expect(isNegated('Kokain eller andre stoffer accepteres IKKE.', 0, 6)).toBe(true);
    expect(isNegated('Drugs are not allowed here', 0, 5)).toBe(true);
    expect(isNegated('Kokain og fest, ring nu', 0, 6)).toBe(false);
    // A new clause with its own Danish past tense: "… og svarede ikke" denies that verb, not the term.
    expect(isNegated('stirrede op i loftet og svarede ikke', 0, 20)).toBe(false);
    expect(isNegated('Hun virkede bange og sagde ikke et ord', 12, 17)).toBe(false);
  });

  it('reads a question answered "no" as a refusal', () => {
    expect(isNegated('A driver waiting outside? No, she came alone.', 2, 8)).toBe(true);
    expect(isNegated('Kører en chauffør hende? Nej – hun kører selv.', 9, 17)).toBe(true);
    expect(isNegated('A driver waiting outside? No idea, I did not look.', 2, 8)).toBe(false);
    expect(isNegated('Want BB? Call me.', 5, 7)).toBe(false);
    expect(isNegated('om jeg har åbent døgnet rundt – det har jeg ikke', 17, 29)).toBe(true);
    expect(isNegated('BB, which I do not offer', 0, 2)).toBe(true);
    expect(isNegated('BB, which I love', 0, 2)).toBe(false);
    expect(isNegated('Jeg siger nej til anal og uden kondom', 26, 37)).toBe(true);
    expect(isNegated('I say no to anal, CIM and BB', 26, 28)).toBe(true);
    expect(isNegated('No anal and BB ok', 12, 14)).toBe(false);
  });

  const at = (text: string, term: string, from = 0): [number, number] => {
    const i = text.indexOf(term, from);
    return [i, i + term.length];
  };
  const negated = (text: string, term: string, from = 0): boolean => isNegated(text, ...at(text, term, from));

  it('reads check and cross marks before or after each item, as the list puts them', () => {
    expect(negated('OWO ❌ BB ❌ GFE ✅', 'BB')).toBe(true);
    expect(negated('OWO ❌ BB ✅', 'BB')).toBe(false);
    expect(negated('✅ GFE ✅ massage ❌ BB ❌ anal', 'BB')).toBe(true);
    expect(negated('✅ GFE ✅ massage ❌ BB ❌ anal', 'massage')).toBe(false);
    expect(negated('Services: ✅ GFE 🚫 BB', 'BB')).toBe(true);
  });

  it('reads a refusing heading before a colon, and an item after "or" as the one before', () => {
    expect(negated('Nej tak til: BB, anal. GFE.', 'anal')).toBe(true);
    expect(negated('Jeg tilbyder ikke: BB eller anal', 'anal')).toBe(true);
    expect(negated('Services: BB, anal', 'anal')).toBe(false);
    expect(negated("I don't do BB or OWO", 'OWO')).toBe(true);
    expect(negated('No limits, BB and OWO ok', 'OWO')).toBe(false);
  });

  it('does not read "non-" as a negation of what follows the word', () => {
    expect(negated('Non-stop party, coke', 'coke')).toBe(false);
    expect(negated('non coke', 'coke')).toBe(true);
  });
});
