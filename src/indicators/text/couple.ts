import type { PreparedAd } from '../define.js';

/**
 * A couple speaks of itself as "we": "Vi er et par, Maria og Thomas … Vi tilbyder …", "We are a real
 * couple. We offer …". That plural is first person, not a venue's. Danish "et par" is also "a few"
 * ("vi er et par søde piger"), so "par" must end its phrase.
 */
const COUPLE =
  /(?<![\p{L}])(?:(?:vi er|we are|we're) (?:et|a|an) (?:\p{L}+ ){0,2}(?:par|couple)(?=\s*(?:[,.!;:(–-]|$|fra|på|i|der|som|og|from|in|who|and|looking|offering))|ægtepar|kærestepar|swingerpar|(?:real|married|swinger) couple|(?:wir sind|vi är) (?:\p{L}+ ){0,3}(?:ein|ett) (?:\p{L}+ )?(?:paar|par)(?=\s*(?:[,.!;:(–-]|$|aus|från|in|i|und|och))|(?:echtes|richtiges) paar|ett riktigt par)(?![\p{L}])/iu;

/**
 * Two persons who name themselves as "we": "Vi er Lise (38) og Peter (41)", "We are Mia and Jonas".
 * Case-sensitive, so "vi er klar og venter" is no pair of names.
 */
const NAMED_PAIR =
  /(?<![\p{L}])(?:[Vv]i er|[Ww]e are|[Ww]e're|[Ww]ir sind|[Vv]i är) \p{Lu}\p{Ll}+(?: \(?\d{2}\)?)?,? (?:og|and|und|och|&) \p{Lu}\p{Ll}+/u;

const OWN_TEXT: ReadonlySet<string> = new Set(['title', 'text']);

/**
 * Whether the ad's title or text is written by a couple about themselves: their "we" is first
 * person (third-party-voice), and their threesome ("MMF or FFM") is one client, not several
 * (high-risk-services).
 */
export function writtenByCouple(ad: PreparedAd): boolean {
  return ad.fields.some(
    (f) => f.source === 'ad' && OWN_TEXT.has(f.path) && (COUPLE.test(f.text) || NAMED_PAIR.test(f.text)),
  );
}
