import { describe, expect, it } from 'vitest';
import type { AdInput } from '../shared/types.js';
import { getIndicator } from './index.js';
import { prepareForTests } from './text/test-prepare.js';

/**
 * Families of expressions, not single phrases: for each wording a held-out set showed missing, its
 * siblings in Danish, English and broken English, with the look-alikes that must stay quiet. A
 * detector that learned only the one phrase fails here. Review wording (ids starting with
 * `review-`) goes in a review.
 */
type Case = [id: string, text: string, fires: boolean];

const families: Record<string, Case[]> = {
  'misspelt "without condom"': [
    ['unprotected-services', 'Sex witout condom possible', true],
    ['unprotected-services', 'fuck withou condon ok for extra', true],
    ['unprotected-services', 'Sex whitout kondom +300', true],
    ['unprotected-services', 'uden kondon mod tillæg', true],
    ['unprotected-services', 'Sex w/o condom, extra money', true],
    ['unprotected-services', 'Never witout condom!', false],
    ['unprotected-services', 'Ikke uden kondon, sorry', false],
  ],
  'lower-case acronyms with an offer word': [
    ['unprotected-services', 'bb possible for extra', true],
    ['unprotected-services', 'bb ok, owo ok', true],
    ['unprotected-services', 'awo +500', true],
    ['unprotected-services', 'all service, bbbj, 69', true],
    ['unprotected-services', 'hello bb, miss you', false],
    ['unprotected-services', 'no bb possible, sorry', false],
  ],
  'business and plural voice': [
    ['third-party-voice', "We're open every day from 10", true],
    ['third-party-voice', 'We are located near the station, discreet entrance', true],
    ['third-party-voice', 'Vi holder åbent alle dage', true],
    ['third-party-voice', 'Vi ligger tæt på stationen i Vejle', true],
    ['third-party-voice', 'They speak little english but are very sweet', true],
    ['third-party-voice', 'De er klar til dig hele dagen', true],
    ['third-party-voice', 'Meet our sweet lady Kim tonight', true],
    ['third-party-voice', 'I am Eva. We can meet in my apartment.', false],
    ['third-party-voice', 'My pictures are new, they are real', false],
    ['third-party-voice', 'Jeg er Bente. Vi ses!', false],
  ],
  'language first, amount after': [
    ['language-barrier', 'My english little bit', true],
    ['language-barrier', 'english not so good, write sms', true],
    ['language-barrier', 'My inglish is very little', true],
    ['language-barrier', 'Engelsk kun lidt, ring', true],
    ['language-barrier', 'not much english, sms please', true],
    ['language-barrier', 'My English is good and my Danish too', false],
    ['language-barrier', 'English perfect, Danish basic ok', false],
  ],
  'newly arrived, at a place': [
    ['new-in-town', 'Nyankomne piger i Odense', true],
    ['new-in-town', 'Nyligt ankommet til Aarhus', true],
    ['new-in-town', 'Ny på Nørrebro, ring', true],
    ['new-in-town', 'New face here in Esbjerg', true],
    ['new-in-town', 'just arived, call me', true],
    ['new-in-town', 'Ny på Instagram, følg mig', false],
    ['new-in-town', 'Ny på siden, men kendt i byen', false],
  ],
  'everything allowed, and refusals after a question': [
    ['no-limits', 'Alt tilladt hos mig', true],
    ['no-limits', 'All is allowed, ask me', true],
    ['no-limits', 'Alt er tilladt? Nej, ikke her.', false],
    ['no-limits', 'Everything possible? No, sorry, I have rules.', false],
  ],
  'rotation and head counts': [
    ['rotating-workers', 'New girl every week at our studio', true],
    ['rotating-workers', 'Ny dame hver måned', true],
    ['rotating-workers', 'Rotating ladies, always someone new', true],
    ['rotating-workers', 'Vi har 5 søde thai piger', true],
    ['rotating-workers', 'There are 3 sexy girls today', true],
    ['rotating-workers', 'Our girls are waiting for you at the salon', true],
    ['rotating-workers', 'Our ladies are elegant companions for dinner dates.', false],
    ['rotating-workers', 'We have 2 girls for duo', false],
  ],
  'someone else books or speaks for her': [
    ['restricted-movement', 'Call 22 33 44 55 (boss)', true],
    ['restricted-movement', 'Sms til 22 33 44 55 (kæreste)', true],
    ['restricted-movement', "Text my manager's number for booking", true],
    ['restricted-movement', 'Skriv til mig, jeg oversætter for hende', true],
    ['restricted-movement', 'I translate for you if needed, I speak 4 languages', false],
  ],
  'day and night': [
    ['unlimited-hours', 'available day and night', true],
    ['unlimited-hours', 'Ring dag og nat', true],
    ['unlimited-hours', 'Åben nat og dag', true],
    ['unlimited-hours', 'Open around the clock', true],
    ['unlimited-hours', 'I am here 24h for you', true],
    ['unlimited-hours', 'Jeg er døgnåben', true],
    ['unlimited-hours', 'Ikke dag og nat, kun om aftenen', false],
    ['unlimited-hours', 'Book 24h in advance', false],
  ],
  'young at heart': [
    ['youth-emphasis', 'Moden kvinde, ung af sind', false],
    ['youth-emphasis', 'Young in spirit, 49 years', false],
    ['youth-emphasis', 'Ung i hjertet og glad', false],
    ['youth-emphasis', 'Ung og frisk pige', true],
  ],
  'someone else drove her or took the money': [
    ['review-third-party-control', 'The driver was in the stairway and took the money', true],
    ['review-third-party-control', 'Hun havde en bror der kørte hende', true],
    ['review-third-party-control', 'Her cousin waited outside the whole time', true],
    ['review-third-party-control', 'Broren tog imod pengene', true],
    ['review-third-party-control', 'A friend recommended her and she took her time', false],
    ['review-third-party-control', 'He said she was great and I got a good massage', false],
  ],
  'could not talk at all': [
    ['review-language-barrier', 'vi kunne slet ikke tale sammen', true],
    ['review-language-barrier', 'hun forstod kun thai', true],
    ['review-language-barrier', 'We could not really communicate', true],
    ['review-language-barrier', 'she understands only romanian', true],
    ['review-language-barrier', 'Vi kunne tale sammen på engelsk uden problemer', false],
  ],
};

function adFor(id: string, text: string): AdInput {
  return id.startsWith('review-')
    ? { id: 'case', text: 'Massage.', reviews: [{ id: 'r1', text }] }
    : { id: 'case', text };
}

describe.each(Object.entries(families))('family: %s', (_family, cases) => {
  it.each(cases)('%s on %j fires: %s', (id, text, fires) => {
    const detect = getIndicator(id)?.detect;
    expect(detect).toBeDefined();
    expect(detect!(prepareForTests(adFor(id, text))).length > 0).toBe(fires);
  });
});
