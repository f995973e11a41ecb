import type { MatchContext } from './rules.js';
import { speaksAsI } from './first-person.js';

/**
 * "She" is another woman the writer just named: "my landlady lives downstairs and she don't like
 * noise", "a trusted friend always knows where I am … she never sees my money", "min veninde – hun
 * har nøglen", "mi amiga Daniela: ella es nueva en la ciudad y tiene su propio anuncio", "Jeg lejer et
 * værelse hos Mama Lin; hun tager imod bookinger og pengene"; a pet too, "she" in Danish for a female
 * cat or dog ("min kat bor her også, hun er sky"); a woman who works for her ("taget af min
 * fotograf – hun er virkelig dygtig", "my PA, Louise – she is employed by me"); the house's or the
 * hotel's desk and the woman she rents from ("Der sidder en receptionist ved døren, hun er sød", "tell
 * the receptionist your room number, she will give you the key", "a room from a nice older lady, she
 * is discreet"). Only in an
 * ad that speaks as "I" (an agency's "our receptionist, she …" is still the business speaking).
 * Read by third-party-voice (whose voice) and new-in-town (whose arrival).
 */
const ANOTHER_WOMAN_BEFORE =
  /(?<![\p{L}])(?:my|min|mit|a|an|en|et|mi|una|minha|uma|meine|eine|moja|mitt)\s+(?:\p{L}+\s+)?(?:landlady|friend|girlfriend|sister|mother|mom|mum|daughter|neighbour|neighbor|colleague|assistant|pa|secretary|photographer|cleaner|aunt|auntie|cousin|roommate|flatmate|wife|madam|madame|mamasan|veninde|søster|mor|datter|nabo|kollega|assistent|sekretær|fotograf|udlejer|værtinde|kæreste|kone|tante|kusine|amiga|hermana|prima|madre|hija|vecina|compañera|colega|irmã|mãe|filha|vizinha|freundin|schwester|kollegin|mutter|przyjaciółka|siostra|koleżanka|väninna|syster|venninne|cat|kitten|dog|puppy|kat|killing|hund|hvalp|older lady|elderly lady|old lady|ældre dame|gammel dame)(?![\p{L}])|(?<![\p{L}])(?:hos|at|with|by)\s+(?:mama|mamma|mamasan|madam|madame)(?![\p{L}])|(?<![\p{L}])(?:the|a|an|en|den)\s+(?:\p{L}+\s+)?(?:receptionist|concierge)(?![\p{L}])|(?<![\p{L}])receptionisten(?![\p{L}])/giu;

/** "Min veninde og jeg", "my friend and I", "mi amiga y yo": a duo, both the persons offered. */
const AND_I_AFTER =
  /^\s+(?:\p{Lu}\p{Ll}+\s+)?(?:og jeg|and i|and me|y yo|e eu|und ich|i ja|och jag)(?![\p{L}])/u;

/**
 * The writer speaks for the woman: "I am writing for my friend Mira. She is new here", "Jeg skriver
 * på vegne af min veninde". She is the person the ad offers, not another woman beside the writer.
 */
const WRITING_FOR_BEFORE =
  /(?<![\p{L}])(?:(?:write|writes|writing|post|posts|posting|advertise|advertises|advertising|skriver|annoncerer|booker|booking)\s+for|on behalf of|på vegne af)\s+$/iu;

/**
 * A partner presented with name and age, "Min kone Lek er 48", "my wife Anna (35)": the person
 * offered; also with the age alone, "til min kone (33). Hun er frisk".
 */
// Also her origin before the age: "Min kæreste Ana er fra Portugal, 27 år".
const PARTNER_PRESENTED =
  /(?<![\p{L}])(?:wife|kone|girlfriend|kæreste)\s+(?:\p{Lu}\p{Ll}+,?\s+)?(?:(?:er|is)\s+)?(?:(?:fra|from)\s+\p{Lu}\p{Ll}+,?\s+)?\(?\d{2}(?!\d)/u;

/**
 * The ad opens by presenting a friend with name and age, "Min veninde Natasha (30) er lige flyttet
 * hertil", "My friend Lina, 24, is new here": she is the person offered, and the "I" writes for her.
 */
// Also "I have a friend" opening the ad: "Jeg har en dejlig veninde, Sandra på 34, der …", "I have a
// sweet friend, Lina, 24, who …".
// Also her origin before the age: "Min veninde Lina fra Litauen, 21, …".
const FRIEND_PRESENTED_FIRST =
  /^\s*(?:[Mm](?:y|in|i|itt)|(?:[Jj]eg har|I have) (?:en|a)(?: \p{L}+)?)\s+(?:friend|girlfriend|veninde|venninne|väninna|amiga|[Ff]reundin),?\s+\p{Lu}\p{Ll}+,?\s+(?:(?:fra|from)\s+\p{Lu}\p{Ll}+,?\s+)?(?:(?:på|of)\s+)?\(?\d{2}(?!\d)/u;

/**
 * The writer says she makes or relays the ad for the woman: "så jeg hjælper hende med annoncen", "I
 * help her with the ad", "jeg skriver annoncen for hende", "I wrote this ad for her". The woman is
 * the person offered, as with `WRITING_FOR_BEFORE`.
 */
// Also her named before: "jeg hjælper bare min kæreste Daria med at skrive annoncen".
const HELPS_WITH_AD =
  /(?<![\p{L}])(?:(?:hjælper|hjalp|help|helps|helped|helping) (?:hende|her) (?:med|with) (?:annoncen|annoncerne|the ad|this ad|her ad|hendes annonce|the ads|her profile|profilen)|(?:hjælper|hjalp|help|helps|helped|helping) (?:\p{L}+ ){1,4}(?:med at skrive|with writing|to write) (?:annoncen|the ad|this ad|her ad|hendes annonce)|(?:skriver|skrev|laver|lavede|writes?|wrote|make|makes|made|post|posts|posted) (?:annoncen|denne annonce|the ad|this ad|her ad) (?:for|til|på vegne af) (?:hende|her))(?![\p{L}])/iu;

/**
 * Whether another woman, named by an "I" ad in the 300 characters before the match, is its subject
 * ("My daughter … live in Bangkok … I send her picture … she laugh at me … Maybe she is right").
 */
export function anotherWomanBefore(ctx: MatchContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start);
  let named = false;
  ANOTHER_WOMAN_BEFORE.lastIndex = 0;
  for (let m = ANOTHER_WOMAN_BEFORE.exec(before); m !== null; m = ANOTHER_WOMAN_BEFORE.exec(before))
    if (
      !AND_I_AFTER.test(before.slice(m.index + m[0].length)) &&
      !WRITING_FOR_BEFORE.test(before.slice(Math.max(0, m.index - 24), m.index))
    )
      named = true;
  return (
    named &&
    !PARTNER_PRESENTED.test(before) &&
    !FRIEND_PRESENTED_FIRST.test(ctx.text) &&
    !HELPS_WITH_AD.test(ctx.text) &&
    speaksAsI(ctx.ad)
  );
}

/** "She" in the languages the ads are written in, as the subject of what follows. */
const SHE = '(?:she|hun|ella|ela|sie|hon|ona|ea|она|вона)';
const SHE_IN_CLAUSE = new RegExp(`(?<![\\p{L}])${SHE}\\s+(?:\\p{L}+\\s+){0,2}$`, 'iu');
const SHE_FIRST = new RegExp(`^${SHE}(?![\\p{L}])`, 'iu');

/** The woman herself as the subject right before: "Min veninde Julie er …", "my friend is …". */
const WOMAN_IS_BEFORE = new RegExp(
  `(?:${ANOTHER_WOMAN_BEFORE.source})(?:\\s+\\p{Lu}\\p{Ll}+)?\\s+(?:er|is|es|está|é|ist|jest|je|är)\\s+(?:\\p{L}+\\s+)?$`,
  'iu',
);

/**
 * Whether a statement about "her" at the match is about another woman the "I" ad named before:
 * "she" (or "hun", "ella" …) opens its clause and `anotherWomanBefore` holds, or the woman is
 * the subject right before ("Min veninde Julie er ny i byen og har sin egen annonce").
 */
export function saidOfAnotherWoman(ctx: MatchContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 48), ctx.start);
  const sheSubject = SHE_FIRST.test(ctx.matched) || SHE_IN_CLAUSE.test(before.slice(-32));
  if (sheSubject) return anotherWomanBefore(ctx);
  return WOMAN_IS_BEFORE.test(before) && speaksAsI(ctx.ad);
}
