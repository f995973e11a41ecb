import type { TextEvidence } from '../../shared/types.js';
import type { PreparedAd, TextField } from '../define.js';
import { letterBefore, termsOf, wordCharBefore } from './terms.js';
import { EMOJI_BULLET } from '../../extract/negation.js';
import { spanEvidence } from '../../extract/evidence.js';

export { compileTerms, letterBefore, lowercaseSource, lowerVariant, wordCharBefore } from './terms.js';

/**
 * Matching helpers shared by the text and review detectors. JavaScript's `\b` only knows ASCII
 * letters, so "grænser" or "Ønsker" would split inside a word; every pattern here is wrapped in
 * Unicode-aware word guards instead. All patterns are compiled once, at module load.
 */

/** Boundaries of a clause: negation never reaches across them (NUL separates joined fields). */
const CLAUSE_BREAK = new RegExp(
  String.raw`[.!?;:\n|•–—()\u0000]|\s(?:but|men|however|dog|although|selvom)\s|${EMOJI_BULLET}`,
  'giu',
);

/** How far back a clause is looked for: clauses are short, ad texts can be long. */
const CLAUSE_LOOKBACK = 240;

/** The one-character clause breaks of CLAUSE_BREAK. */
const BREAK_CHARS = new Set(Array.from('.!?;:\n|•–—()\u0000', (c) => c.charCodeAt(0)));

/** Start index of the clause that contains `index`. */
export function clauseStart(text: string, index: number): number {
  let from = Math.max(0, index - CLAUSE_LOOKBACK);
  // Past the last one-character break the search resumes where it would anyway (that break ends
  // a match, or the word break that swallowed it), so CLAUSE_BREAK only reads what follows it.
  for (let i = index - 1; i >= from; i -= 1)
    if (BREAK_CHARS.has(text.charCodeAt(i))) {
      from = i + 1;
      break;
    }
  const slice = text.slice(from, index);
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(slice); m !== null; m = CLAUSE_BREAK.exec(slice)) {
    start = m.index + m[0].length;
  }
  return from + Math.min(start, slice.length);
}

/** End index (exclusive) of the clause that contains `index`. */
export function clauseEnd(text: string, index: number): number {
  CLAUSE_BREAK.lastIndex = index;
  const m = CLAUSE_BREAK.exec(text);
  return m === null ? text.length : m.index;
}

const WORD_RUN = /[\p{L}\p{N}_']+/gu;

/** Negating words in Danish and English (contractions included), and visitors' commonest. */
export const NEGATORS: ReadonlySet<string> = new Set([
  'no',
  'not',
  'never',
  'non',
  'nothing',
  'none',
  // "Nobody keeps my passport", "Ingen" is below.
  'nobody',
  'noone',
  'zero',
  'without',
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  "isn't",
  'isnt',
  "wasn't",
  'wasnt',
  "won't",
  "can't",
  'cant',
  'cannot',
  "didn't",
  'didnt',
  'nope',
  'ingen',
  // SMS spelling of "ingen" ("INGN uden kondom", "ingn stoffer").
  'ingn',
  'ikke',
  // SMS spelling of "ikke" ("ikk ny i byen", "IKK 24/7").
  'ikk',
  'aldrig',
  'intet',
  'uden',
  'nej',
  'hverken',
  // Visitors' languages ("Nigdy bez gumki", "Nie ohne Gummi", "nunca sin condón"); not Romanian
  // "nu" nor Hungarian "nem", which are Danish words ("nu", "nem").
  'nie',
  'nigdy',
  'nada',
  'nicht',
  'niemals',
  'kein',
  'keine',
  'keinen',
  'nunca',
  // Italian "niente" (nothing): "niente senza preservativo", "niente anal".
  'niente',
  // French "jamais" ("Rapports jamais sans préservatif"); not "pas", which is Danish for passport.
  'jamais',
  // Swedish ("inte alls rädd", "utan kondom" is read by its own indicator), Norwegian and nynorsk
  // ("Aldri utan kondom!", "Spør ikkje").
  'inte',
  'icke',
  'ej',
  'inga',
  'inget',
  'aldri',
  'ikkje',
  'não',
  'nikdy',
  // Czech "I am not", "is not": "Nejsem k dispozici 24/7", "Není nová".
  'nejsem',
  'nejsme',
  'není',
  'nejsou',
  'niciodată',
  'niciodata',
  'soha',
  // Russian, Ukrainian and Bulgarian "not", "no", "never", "without".
  'не',
  'нет',
  'ні',
  'никогда',
  'ніколи',
  // Serbian and Croatian "never", "is not" ("nikad bez kondoma", "Nije nova"), in both scripts.
  'nikad',
  'nikada',
  'nije',
  'никад',
  'никада',
  'није',
  'никога',
  'никаких',
  'жодних',
  'без',
  // Czech, Slovak and Polish "no" before a noun, in their genders ("Žádný gangbang", "žiadne
  // drogy", "żadnego seksu"), Romanian "none" and "without" ("niciun", "nicio", "fără"), Albanian
  // "not" and "none" ("nuk", "asnjë").
  'žádný',
  'žádná',
  'žádné',
  'žádnou',
  'žiadny',
  'žiadna',
  'žiadne',
  'žiadnu',
  'żadnego',
  'żadnej',
  'żadnych',
  'niciun',
  'nicio',
  'fără',
  'nuk',
  'asnjë',
  // An exception refuses what follows it: "everything allowed except BB and kissing", "alt undtagen
  // anal", "alles außer AO".
  'except',
  'undtagen',
  'außer',
  'ausser',
]);

/** Words right after a term that turn a negated-looking list item back into an offer ("No limits, BB ok"). */
const AFFIRMATIVE_AFTER =
  /^[\s,:]*(?:ok|okay|possible|mulig|muligt|available|welcome|velkommen|\+|extra|ekstra|tillæg|yes|ja)(?![\p{L}\p{N}_])/iu;

/**
 * A refusal right after the term: "BB not possible", "gruppesex: nej", "Kokain? Nej", "drugs
 * forbidden", also after a passive verb or for a short list the term begins ("Kokain eller andre
 * stoffer accepteres ikke"); not a new clause with its own verb ("utilpas og ville ikke kysse",
 * a Danish past tense: "stirrede op i loftet og svarede ikke", "og sagde ikke et ord"). Hungarian
 * puts "never" after too: "óvszer nélkül soha"; so do Polish, German, Dutch and Swedish ads: "bez
 * gumki NIE!", "ohne Gummi nie", "zonder condoom niet", "utan kondom inte". "And the like" may
 * close the term, abbreviated too: "Gruppesex og lign. nej tak", "gangbang o.l.: nej", "anal etc. – no".
 * Asking for it is blocked: "Fyre der spørger om BB bliver blokeret", "requests for drugs get
 * blocked". Russian and Ukrainian put the negated verb after: "без резинки не работаю", "анал – нет",
 * also in Latin letters: "bez rezinki ne rabotayu".
 * Refused as a no-go or dismissed: "BB is a no-go", "Anal? Glem det", "24/7? Forget it". Also "a no",
 * and the term's partner in quotes: "BB og 'uden' er et nej", "BB is a hard no".
 */
const NEGATED_AFTER =
  /^(?:\s*,?\s*(?:eller|or|og|and)\s+(?:andre\s+|other\s+|any\s+)?['’"‘“]?(?!(?:ville|vil|kunne|kan|skulle|skal|måtte|må|turde|gad|havde|har|var|er|blev|would|will|could|can|should|did|does|do|was|were|had|has|is|are|\p{L}{3,}ede|sagde|talte|gjorde|rørte|hørte|slet|overhovedet|at all)(?![\p{L}]))\p{L}+['’"”]?|\s*,?\s*(?:(?:og|and|eller|or)\s+(?:lign|lignende|similar|the like)|o\.\s?l|osv|etc|m\.\s?m)\.?)?\s*(?:[:=?–—-]\s*)?(?:(?:is|are|er|was|var|bliver|blir|get|gets|will be|accepteres|tolereres|tillades|tilbydes|sælges|gives|kommer)\s+)?(?:(?:et|a)\s+(?:(?:klart|stort|fast|hard|clear|big|firm)\s+)?(?=(?:nej|no)(?![\p{L}-])))?(?:not(?!\s+(?:only|a\s+(?:single\s+)?word|one\s+word))|ikke(?!\s+(?:kun|(?:et|ét|ét\s+eneste|et\s+eneste)\s+ord))|never|aldrig|forbidden|forbudt|nej|nope|nein|no(?=\s*(?:[.,!;)]|$))|(?:a\s+)?no-go|a\s+no\s+go|(?:a\s+)?no-no|glem\s+det|forget\s+it|nunca|não|nao|jamais|niemals|nigdy|nikdy|aldri|soha|nie|niet|nooit|inte|blokeret|blokeres|blocked|ignoreret|ignoreres|ignored|не\s+(?:работаю|делаю|принимаю|предлагаю|занимаюсь|практикую|працюю|роблю)|ne\s+(?:rabotayu|delayu|prinimayu|predlagayu|praktikuyu)|нельзя|нет(?=\s*(?:[.,!;)]|$)))(?![\p{L}])/iu;

/**
 * The writer denies the term in a short clause right after it: "døgnet rundt – det har jeg ikke",
 * "24/7? That I am not", "BB, which I don't do", also after a "no" and a closing quote: 'Om jeg
 * tilbyder "alt muligt"? – nej, det gør jeg ikke', '"No limits" – no, that I don't do'.
 */
const DENIED_AFTER =
  /^\s*['’"”»]?\s*[?–—,-]?\s*(?:(?:nej|no)\s*[,.!]?\s+)?(?:det|dét|that|which) (?:(?:har|er|gør|kan|tilbyder|laver|vil) jeg ikke|i (?:don't|dont|do not|am not|'m not|can't|cannot|won't|will not)(?: do| offer)?|(?:is|'s) not (?:me|true|the case|possible))(?![\p{L}])|^\s*[’'"”»]\s*(?:ads?\s+|annoncer\s+)?(?:is|are|er)\s+(?:not|ikke)\s+(?:me|mig|a thing|true|sandt|her|here|her hos mig)(?![\p{L}])|^\s*[’'"”»]\s*(?:is|are|er)\s+(?:a\s+|en\s+)?(?:myth|myte|nonsense|vrøvl)(?![\p{L}])|^\s*[–—,-]?\s*(?:not my experience|ikke min oplevelse)(?![\p{L}])|^\s*(?:is|'s|are|er)\s+(?:not|ikke)\s+(?:my style|my thing|for me|min stil|noget for mig|my cup of tea)(?![\p{L}])/iu;
// The second and third: a quoted phrase denied ("'No limits' ads are not me", "'Everything allowed'
// is not a thing here") and hearsay the writer contradicts ("said she seemed scared – not my experience").

/**
 * Danish and German word order that puts the term first: "så ny i byen er jeg sgu ikke", "ung er
 * hun ikke", "BB tilbyder jeg ikke", "AO gibt es bei uns nicht", "FO mache ich nie".
 */
const INVERTED_DENIAL_AFTER =
  /^['’"”»]?\s*(?:(?:er|var|bliver|tilbyder|laver|gør)\s+(?:jeg|hun|vi)\s+(?:(?:sgu|altså|jo|vel|nu|bare|heller)\s+)?(?:ikke|aldrig)|(?:gibt es|gibt's|gibts|mache ich|machen wir|biete ich|bieten wir)\s+(?:(?:bei (?:mir|uns)|hier|auch|bei mir auch)\s+)?(?:nicht|nie|niemals))(?![\p{L}])/iu;

/** Whether the words after a match deny it ("– det har jeg ikke", "'No limits' ads are not me"). */
export function isDeniedAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 32);
  return DENIED_AFTER.test(after) || INVERTED_DENIAL_AFTER.test(after);
}

/**
 * A question answered "no" or as the writer's own: "Her husband picked up the phone? No, she answered
 * herself", "Crying? Only me when I saw how fast the hour went", and a FAQ's
 * answer after "A:"/"Svar:" ("Q: Do you do GFE without condom? A: Never.", "Q: Are you available
 * 24/7? A: I do not work 24/7", "Spørgsmål: … ? Svar: Nej").
 */
// A quoted question closes its quote first ("People write 'no limits?'. No."); Danish "Jo" answers
// a negative question against it ("Ingen grænser? Jo – jeg har grænser"). Quoted questions in a row
// share the one answer after the last ("'BB?', 'drugs?' – no and no"), and a FAQ may mark its answer
// with a check mark or an arrow ("❓ Open all night? ✅ No, 12–22", "Without condom? 👉 Never"). A
// firm "not" answers too: "Tina? Definitely not.", "Chems? Absolutely not", "Kokain? Bestemt ikke!".
// The mark may be doubled ("She was nervous?? No, I was") and the answer come in the visitors'
// languages: "Sem camisinha?? NÃO, nunca!", "Bez gumki?! Nie.", "Без резинки? Нет!". The client's
// wish put as a question and turned away: "Leder du efter en ung pige? Så er det ikke mig", "Looking
// for a teen? Not me", "… ? Then you are in the wrong place".
const ANSWERED_NO =
  /^\?[?!]*['’"”]?(?:\s*,\s*['‘"“][^'’"”?\n]{1,40}\?['’"”])*\s*\.?\s*(?:[–—-]\s*)?(?:(?:✅|✔️?|☑️?|👉|➡️?|→)\s*)?(?:(?:(?:stadig|still|also|også|igen|again|heller)\s+)?(?:no|nej|nope|nix|never|aldrig|nunca|nein|jo|ikke|não|nao|nie|nei|нет|ні)\s*(?:[.,!—–-]|$|(?:and|og|&)\s+(?:no|nej|never|aldrig)(?![\p{L}]))|(?:definitely|absolutely|certainly|of course|hell|bestemt|absolut|selvfølgelig|overhovedet|slet)\s+(?:not|no|ikke|nej)\s*(?:[.,!—–-]|$)|(?:only|just|kun|bare|mostly|mest)\s+(?:me|mig|i|jeg)(?![\p{L}])|(?:(?:så|then)\s+)?(?:(?:er det|det er|it's|it’s|it is|that's|that is)\s+)?(?:not|ikke)\s+(?:me|mig)(?![\p{L}])|(?:så|then)\s+(?:er du forkert|you(?:'re| are) (?:wrong|in the wrong place))(?![\p{L}])|(?:a|svar|answer|r|resposta|respuesta)\s*[:.]\s*(?:no|nej|nope|never|aldrig|nunca|nein|not|ikke|i (?:do not|don't|dont|am not|'m not|never|can't|cannot|won't)|i'm not|jeg (?:gør|har|er|kan|vil|tilbyder|laver) (?:ikke|aldrig))(?![\p{L}]))/iu;

/** True when the clause around `end` is a question that the next word answers "no". */
function answeredNo(text: string, end: number): boolean {
  const to = clauseEnd(text, end);
  return text.charCodeAt(to) === 63 && ANSWERED_NO.test(text.slice(to, to + 140));
}

/**
 * A request put as a condition and answered "no": "If you ask for sex without condom the answer is
 * no", "Hvis du beder om uden kondom, er svaret nej", "Si me pides sin condón, la respuesta es no",
 * "Hvis du leder efter en 'meget ung pige', så er jeg ikke den rette", "Jeśli pytasz o seks bez gumki –
 * nie pytaj" (don't ask).
 */
const REQUEST_IF_BEFORE =
  /(?<![\p{L}])(?:if you (?:ask|want|wish|request|expect|are looking)|if someone asks|hvis du (?:spørger|beder|vil have|ønsker|forventer|leder efter)|si (?:me )?(?:pides|quieres|preguntas|buscas)|se (?:você )?(?:pedir|quiser|procura)|jeśli (?:pytasz|chcesz|szukasz))(?![\p{L}])[^.!?\n]{0,40}$/iu;
const ANSWER_IS_NO_AFTER =
  /^[^.!?\n]{0,30}?(?:(?:the answer is|my answer is|answer is|(?:så )?er svaret|svaret er|la respuesta es|mi respuesta es|a resposta é)\s+(?:a clear |et klart |un claro )?(?:no|nej|não|never|aldrig|nunca)|(?:så|then)\s+(?:er jeg ikke|i am not|i'm not)\s+(?:den rette|the right|for you|noget for dig|your girl)|(?:don't ask|do not ask|spørg ikke|lad være med at spørge|no preguntes|não pergunte|nie pytaj))(?![\p{L}])/iu;

function requestAnsweredNo(text: string, start: number, end: number): boolean {
  return (
    ANSWER_IS_NO_AFTER.test(text.slice(end, end + 48)) &&
    REQUEST_IF_BEFORE.test(text.slice(Math.max(0, start - 60), start))
  );
}

/** Marks that refuse or offer a listed service: "❌ BB", "OWO ❌", "✅ GFE". */
// 🙅 (a person gesturing no, also as 🙅‍♀️ with its joiner and sign) refuses like ❌.
const REFUSAL_MARKS = new Set([0x274c, 0x1f6ab, 0x26d4, 0x2716, 0x2717, 0x2718, 0x274e, 0x1f645]);
const OFFER_MARKS = new Set([0x2705, 0x2714, 0x2611, 0x1f44d]);
/** What may stand between a mark and its item: spaces, commas, the emoji variation selector. */
const MARK_GAP = new Set([0x20, 0x09, 0xa0, 0x2c, 0xfe0f, 0x200d, 0x2640, 0x2642]);

function markAt(text: string, i: number): 'refused' | 'offered' | null {
  const c = text.codePointAt(i);
  if (c === undefined) return null;
  return REFUSAL_MARKS.has(c) ? 'refused' : OFFER_MARKS.has(c) ? 'offered' : null;
}

/** The mark right after `end` (gap characters between), or null. */
function markAfter(text: string, end: number): 'refused' | 'offered' | null {
  let i = end;
  while (i < text.length && MARK_GAP.has(text.charCodeAt(i))) i += 1;
  return markAt(text, i);
}

/** The mark right before `start` (gap characters between), or null. */
function markBefore(text: string, start: number): 'refused' | 'offered' | null {
  let i = start;
  while (i > 0 && MARK_GAP.has(text.charCodeAt(i - 1))) i -= 1;
  if (i === 0) return null;
  // A mark outside the BMP ends in a low surrogate.
  const c = text.charCodeAt(i - 1);
  return markAt(text, c >= 0xdc00 && c <= 0xdfff ? i - 2 : i - 1);
}

/** Whether `text` has a check or cross mark at or after `from`. */
function hasMark(text: string, from: number): boolean {
  for (let i = from; i < text.length; i += 1) if (markAt(text, i) !== null) return true;
  return false;
}

/**
 * What a check or cross mark says of a listed item, or null when none stands beside it. A list
 * puts its marks either before each item ("✅ GFE ❌ BB") or after it ("GFE ✅ BB ❌"): it is the
 * first, when its first mark has no word before it in the clause (`clause` is the text of the
 * clause before the item).
 */
function markedItem(text: string, start: number, end: number, clause: string): 'refused' | 'offered' | null {
  let first = -1;
  for (let i = 0; i < clause.length; i += 1) {
    if (markAt(clause, i) !== null) {
      first = i;
      break;
    }
  }
  const marksBefore = first >= 0 && !/[\p{L}\p{N}]/u.test(clause.slice(0, first));
  if (marksBefore) return markBefore(text, start);
  const after = markAfter(text, end);
  // A lone refusal mark right before the item, in a sentence and not a marked list: "Kun safe sex,
  // 🚫 natur", "Always safe, ❌ BB".
  if (after === null && first >= 0 && markBefore(text, start) === 'refused' && !hasMark(clause, first + 1))
    return 'refused';
  return after;
}

/**
 * A heading that refuses the list after its colon: "Nej tak til: BB, anal", "Tilbyder ikke: …", "No:
 * …", "Not on the menu: …" (up to four words). The colon ends a clause, so the word window does not
 * reach back to it.
 */
const REFUSING_HEADING = /(?:^|[^\p{L}])((?:\p{L}+['’]?\p{L}*\s+){0,3}\p{L}+['’]?\p{L}*)\s*:\s*$/u;

function refusedByHeading(text: string, clauseFrom: number, negators: ReadonlySet<string>): boolean {
  // The list may start on the next line: "Det jeg ikke tilbyder:\nAnal, sex uden kondom".
  let colon = clauseFrom;
  while (colon > 0 && (text.charCodeAt(colon - 1) === 10 || text.charCodeAt(colon - 1) === 32)) colon -= 1;
  if (colon === 0 || text.charCodeAt(colon - 1) !== 58) return false;
  const heading = REFUSING_HEADING.exec(text.slice(Math.max(0, colon - 40), colon));
  if (heading === null) return false;
  // "Our girls have no limits: rough, gangbang": "no limits" offers the list instead of refusing it.
  const words = heading[1]!.split(/\s+/u);
  const negated = words.some((w, k) => isNegator(w, negators) && negatesAfter(w, words[k + 1], words[k + 2]));
  // A list of taboos refuses its items ("Tabus: AO, Küssen", "Mine tabuer: anal, BB"); denied taboos
  // offer them ("Keine Tabus: AO, FO").
  if (!TABOO_HEADING.test(words[words.length - 1]!)) return negated;
  return !negated && !words.some((w) => TABOOS_DENIED.test(w));
}
const TABOO_HEADING = /^(?:tabus?|taboos?|tabuer|tabuerne|taboes|tabun)$/iu;
const TABOOS_DENIED =
  /^(?:keine|kein|ohne|no|ingen|inga|uden|utan|uten|without|geen|zonder|bez|sin|sem|zero)$/iu;

/**
 * Whether the term at `start` is an item of a list that a heading refuses ("What I don't do: anal,
 * BB, 'no limits' requests"), for detectors that keep their own word-window negation.
 */
export function refusedByListHeading(text: string, start: number): boolean {
  return refusedByHeading(text, clauseStart(text, start), NEGATORS);
}

/**
 * A heading on its own line that refuses the list below it, without a colon: "WHAT I DON'T OFFER\nBB,
 * anal, groups", "Det gør jeg ikke\nAnal\nBB". The heading opens the paragraph (after a blank line
 * or the start), is short and ends without a full stop; the lines between it and the item are short
 * list lines, so a negated sentence does not reach into the prose after it.
 */
const HEADING_LINE = /^[^\p{L}]*((?:\p{L}+['’]?\p{L}*\s+){0,4}\p{L}+['’]?\p{L}*)[^\p{L}\p{N}.!?:]*$/u;

const LIST_REFUSING = /^(?:not|ikke|aldrig|never|nej|\p{L}+n['’]t)$/iu;

function refusedByHeadingLine(text: string, clauseFrom: number, negators: ReadonlySet<string>): boolean {
  if (clauseFrom === 0 || text.charCodeAt(clauseFrom - 1) !== 10) return false;
  let lineEnd = clauseFrom - 1;
  for (let lines = 0; lines < 8 && lineEnd > 0; lines += 1) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') return false;
    if (lineStart === 0 || text.charCodeAt(lineStart - 2) === 10) {
      const heading = HEADING_LINE.exec(line);
      if (heading === null) return false;
      // A negated verb or "nej (tak)" refuses the list; "no"/"ingen" heads a noun of its own ("No
      // kissing\nBB +200"), so it does not.
      return heading[1]!.split(/\s+/u).some((w) => isNegator(w, negators) && LIST_REFUSING.test(w));
    }
    if (line.length > 60) return false;
    lineEnd = lineStart - 1;
  }
  return false;
}

/**
 * A short list refused as a whole: "Jeg siger nej til anal og uden kondom", "I say no to anal, CIM and
 * BB", "nej til hård sex og til stress" (items of one or two words). "and"/"og" alone does not carry a negation ("No anal and BB ok"), but after "nej til" / "no to"
 * every item of the list is refused, as after "I don't do" ("I don't do OWO, BBBJ or anything without
 * protection").
 */
const REFUSED_LIST =
  /(?:^|[^\p{L}])(?:nej(?: tak)? til|say no to|no to|not into|ikke til|(?:i )?(?:don't|do not|dont|never|won't) (?:do|offer))\s+(?:[\p{L}\p{N}/+-]+(?:\s+[\p{L}\p{N}/+-]+)?\s*(?:,|&|og|and|eller|or)\s*(?:til\s+|to\s+)?){1,4}(?:(?:anything|something|noget)(?:\s+(?:else|andet))?\s+)?$/iu;

/**
 * What she stopped offering, as an edited ad says it: "I stopped offering natur/BB", "stopped doing
 * BB", "jeg er stoppet med BB", "holdt op med at tilbyde natur" (not a stop on a tour: "stopped in
 * Aarhus for 3 days"). Items before the term share it ("stopped offering natur/BB").
 */
const STOPPED_BEFORE =
  /(?:^|[^\p{L}])(?:stopped|stoppet|holdt op)\s+(?:(?:offering|doing|with|to offer|med|at|tilbyde|lave)\s+){1,3}(?:[\p{L}\p{N}+-]+\s*(?:,|\/|&|og|and|eller|or)\s*){0,4}$/iu;
const STOPPED_HINT = /stop|holdt op/i;

/**
 * The term ends an item refused by "nej til" / "no to", first or after a repeated "og til" / "and
 * to": "Nej til trekant med flere mænd", "nej til hård sex og til trekant med flere mænd". Without
 * the repeated preposition the words before the term may be a new clause ("Nej til anal, jeg
 * elsker gangbang").
 */
const REFUSED_ITEM_TAIL =
  /(?:^|[^\p{L}])(?:nej(?: tak)? til|say no to|no to)\s+(?:[\p{L}\p{N}/+-]+(?:\s+[\p{L}\p{N}/+-]+)?\s*(?:,|&|og|and|eller|or)\s*(?:til|to)\s+)?(?:[\p{L}\p{N}/+-]+\s+){1,2}$/iu;

/**
 * "No limits", "no taboos", "ingen grænser": an offer, not a refusal, so the items listed after it
 * are not refused ("All services, no limits, BBBJ").
 */
const OFFER_AFTER_NO: ReadonlySet<string> = new Set([
  'limits',
  'limit',
  'taboos',
  'taboo',
  'tabus',
  'tabu',
  'tabuer',
  'grænser',
  'restrictions',
  'begrænsninger',
  // "No rules" offers what it lists too: "Hos hende er der ingen regler: natur, trekant", "no rules: BB, anal".
  'regler',
  'rules',
  // The visitors' "without limits" before a list: "Девушки без ограничений, групповой секс", "fără
  // limite, BB ok", "bez ograniczeń, anal".
  'ограничений',
  'ограничения',
  'обмежень',
  'ograniczeń',
  'ograniczen',
  'limitów',
  'limitow',
  'limite',
]);

/**
 * "uden"/"without" right before a conjunction has its object left out ("fransk uden og samleje
 * uden", "French without and sex without"): it negates nothing after it.
 */
const WITHOUT_WORDS: ReadonlySet<string> = new Set(['uden', 'without', 'ohne', 'utan', 'uten']);
const CONJUNCTIONS: ReadonlySet<string> = new Set(['og', 'and', 'eller', 'or', 'und', 'och']);

/**
 * "intet"/"nothing" before "og"/"and" is the whole object of its verb, and the next verb is a new
 * predicate it does not negate: "hun sagde næsten intet og så bange ud", "she said nothing and
 * looked scared".
 */
const NOTHING_WORDS: ReadonlySet<string> = new Set(['intet', 'nothing', 'ingenting']);
const AND_WORDS: ReadonlySet<string> = new Set(['og', 'and']);

/**
 * "Uden fridage", "ingen fridag", "no days off": being there every day, an offer of her hours, so the
 * hours after it are not refused ("hver dag uden fridage, fra kl 8 til kl 2 nat").
 */
const DAYS_OFF: ReadonlySet<string> = new Set(['fridage', 'fridag', 'fridager', 'fridagar']);
const DAY_WORDS: ReadonlySet<string> = new Set(['day', 'days']);

/** Whether the negator `word`, followed by `next` (and `then`), negates what comes after it. */
function negatesAfter(word: string, next: string | undefined, then?: string): boolean {
  const after = next?.toLowerCase() ?? '';
  if (OFFER_AFTER_NO.has(after) || DAYS_OFF.has(after)) return false;
  if (DAY_WORDS.has(after) && then?.toLowerCase() === 'off') return false;
  if (AND_WORDS.has(after) && NOTHING_WORDS.has(word.toLowerCase())) return false;
  return !(CONJUNCTIONS.has(after) && WITHOUT_WORDS.has(word.toLowerCase()));
}

/**
 * Words after which an item shares the negation of the item before it ("and" often does not: "No
 * anal and BB"); Spanish "ni" and Portuguese "nem" too ("No hago grupos ni sexo duro", "não faço
 * grupos nem sexo bruto").
 */
// Texted Danish shortens "eller" to "el": "ikk spor bange el utilpas".
const LIST_JOINERS: ReadonlySet<string> = new Set(['or', 'eller', 'el', 'nor', 'ni', 'nem']);
/** "Non-stop", "non-smoking": "non" as a prefix negates nothing after the word. */
const NON_PREFIX = /(?<![\p{L}])non-(?=\p{L})/giu;
/**
 * Nigerian Pidgin "no dey" (does not, is not) is one negator: "I no dey do anything without condom"
 * reads as "I no do anything without condom", so the word window reaches it as it reaches "I don't
 * do anything without condom".
 */
const NO_DEY = /(?<![\p{L}])no dey(?![\p{L}])/giu;

const N_T = /n't$/i;

/**
 * French "pas de" / "pas d'" (no, none): "Pas de BB, pas de FN", "pas d'anal". "pas" alone is
 * Danish for passport, so only with the "de" after it or "ne"/"n'" one or two words before it.
 */
function frenchPas(word: string, next: string | undefined, before?: string, before2?: string): boolean {
  if (word.toLowerCase() !== 'pas') return false;
  if (next !== undefined && /^(?:de|d['’]\p{L}*)$/iu.test(next)) return true;
  // "ne … pas" around the verb: "je ne suis pas disponible 24h/24", "je n'accepte pas".
  return FRENCH_NE.test(before ?? '') || FRENCH_NE.test(before2 ?? '');
}

const FRENCH_NE = /^(?:ne|n['’]\p{L}+)$/iu;

/**
 * A negated noun whose "med"/"with" phrase holds the term: "ikke en klinik med mange piger", "not an
 * agency with 5 girls", "ikke en af de der klinikker med mange piger", "not one of those agencies
 * with 5 girls". The negator stands further back than the word window, but it denies the whole
 * phrase.
 */
const NEGATED_NOUN_WITH =
  /(?<![\p{L}])(\p{L}+)\s+(?:(?:en|et|a|an|any|nogen|one)\s+(?:(?:af|of)\s+(?:de|dem|those|these|the)\s+(?:der\s+|dér\s+)?)?)?\p{L}+\s+(?:med|with)\s+(?:\p{L}+\s+)?$/iu;
/**
 * The same with a list in the "med"/"with" phrase, the term one of its items: "Jeg laver ikke
 * rollespil med skoleuniform, 'lille pige' eller lignende", "I don't do roleplay with uniforms,
 * teen or nurse". Not "no problem with anal, BB": that noun says yes.
 */
const WITH_WORD = /(?:med|with)\s/iu;
const NEGATED_NOUN_WITH_LIST =
  /(?<![\p{L}'’])([\p{L}'’]+)\s+(?:(?:do|offer|laver|tilbyder)\s+)?(?!problem|issue)\p{L}+\s+(?:med|with)\s+(?:[\p{L}-]+\s*(?:,|&|og|and|eller|or)\s*){1,3}['"‘“]?$/iu;

/**
 * The Spanish and Portuguese "without" right before the term, opening the clause or a list item:
 * "Sin grupos, sin gangbang", "Sem anal". Not a negator everywhere: the Danish "sin" is a
 * possessive ("sin kæreste"), which never opens a clause or follows a comma before a service.
 * The Polish, Czech and Slovak "bez" alike: "Tylko bezpieczny seks: bez BB, bez natur" ("bez gumki"
 * is a term of its own, the word before it no negator).
 */
const SPANISH_WITHOUT_BEFORE = /(?:^|,)\s*(?:sin|sem|bez)\s+$/iu;

function isNegator(word: string, negators: ReadonlySet<string>): boolean {
  return negators.has(word.toLowerCase().replace(/’/g, "'")) || N_T.test(word);
}

/** A negating word as the last word before a term: "ikke nervøs", "no pimp", "ingen bagmand". */
const NEGATOR_LAST =
  /(?<![\p{L}])(?:ikke|ikk|ingen|intet|aldrig|no|not|never|without|uden|nej|none|zero|\p{L}+n['’]t)\s+$/iu;

/** Options for the negation check. */
export interface NegationOptions {
  /** How many words before the match are inspected. */
  window?: number;
  /** Words that count as negators (defaults to NEGATORS). */
  negators?: ReadonlySet<string>;
}

/**
 * True when the span [start, end) is negated: a refusal right after it ("BB not possible"), or a
 * negating word within `window` words before it in the same clause ("ingen stoffer", "no BB, no
 * AWO", "ikke spor nervøs") unless the term is followed by an affirmative marker ("no limits, BB ok").
 */
/**
 * A label answered no after a short phrase: "BB eller oral uden kondom: nej", "Anal og CIM: no". No
 * comma between, so a list's later item ("GFE, BB ok, anal: no") does not carry it back.
 */
const LABEL_NO_AFTER = /^[^.!?\n:,;]{0,40}:\s*(?:nej|no|nope|never|aldrig|ikke|not)(?![\p{L}])/iu;

/**
 * Words that report what others write or require, before a quote: "Many clinics advertise 'new
 * girls every week'", "Sidens regler … siger: »Annoncøren skal være fyldt 18 år …«".
 */
// Also what the reader will not find here: "You won't read 'she is…' or 'our girls' here", "Her
// læser du ikke 'nye piger hver uge'" (an ellipsis closing an earlier quote is no sentence end).
const REPORTING_BEFORE =
  /(?<![\p{L}])(?:advertise|advertises|advertised|advertising|ads say|say|says|said|write|writes|wrote|claim|claims|promise|promises|siger|sagde|skriver|skrev|påstår|lover|reklamerer(?: med)?|regler|rules|kalder det|call it|råber|shouts|shout|yells|screams|(?:won't|won’t|will not|don't|don’t|do not|never) (?:read|see|find)|(?:læser|ser|finder) du (?:ikke|aldrig)|(?:vil|kan) du (?:ikke|aldrig) (?:læse|se|finde))\b(?:[^.!?\n]|\.\.\.(?=['’"”])){0,48}$/iu;

/** The marks that may open a quotation (see insideReportedQuote). */
const QUOTE_MARKS = ['»', '“', '„', '‘', '"', "'"];

/** The marks that close a quotation, by the mark that opened it. */
const CLOSERS: Readonly<Record<string, string>> = {
  '»': '«»',
  '“': '”“',
  '„': '“”',
  '‘': '’',
  '"': '"',
  "'": "'’",
};

/** Whether the quote opened at `open` closes within [start, end); an apostrophe ("doesn't") does not. */
function closesWithin(text: string, open: number, start: number, end: number): boolean {
  const closers = CLOSERS[text.charAt(open)] ?? '';
  for (let i = start; i < end; i += 1)
    if (closers.includes(text.charAt(i)) && !/\p{L}/u.test(text.charAt(i + 1))) return true;
  return false;
}

/**
 * Whether `start` lies inside a quotation that the text reports from others (see
 * REPORTING_BEFORE): the last quote opened in the paragraph before it is not closed, and a
 * reporting word stands just before that quote. A straight single quote opens only after a space,
 * a colon or the start ("I'm" is no quote).
 */
export function insideReportedQuote(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 240);
  // Most texts hold no quote mark before the match: a few native searches rule them out.
  let last = -1;
  for (const q of QUOTE_MARKS) last = Math.max(last, text.lastIndexOf(q, start - 1));
  if (last < from) return false;
  let open = -1;
  for (let i = start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 && text.charCodeAt(i - 1) === 10) break;
    if (c === 0xab || c === 0x201d || c === 0x2019) return false; // « ” ’ close a quote
    if (c === 0xbb || c === 0x201c || c === 0x201e || c === 0x2018 || c === 34) {
      open = i; // » “ „ ‘ " open one
      break;
    }
    if (c === 39) {
      const before = i === 0 ? 32 : text.charCodeAt(i - 1);
      if (before === 32 || before === 10 || before === 9 || before === 58 || before === 40) {
        open = i;
        break;
      }
      if (!/\p{L}/u.test(text[i + 1] ?? '')) return false;
    }
  }
  if (open < 0) return false;
  // A quote that opens right before the match and closes inside it marks a word of the match, not
  // a quotation around it: "sagde, at 'chefen' bliver vred, når hun ikke tjener nok".
  if (open === start - 1 && closesWithin(text, open, start, end)) return false;
  // A straight double quote closes as it opens: an odd count before `open` makes it a closer.
  if (
    text.charCodeAt(open) === 34 &&
    (text.slice(Math.max(0, open - 240), open).match(/"/gu)?.length ?? 0) % 2 === 1
  )
    return false;
  return REPORTING_BEFORE.test(text.slice(Math.max(0, open - 60), open));
}

export function isNegated(text: string, start: number, end: number, options: NegationOptions = {}): boolean {
  if (insideReportedQuote(text, start, end)) return true;
  if (NEGATED_AFTER.test(text.slice(end, end + 48))) return true;
  if (LABEL_NO_AFTER.test(text.slice(end, end + 48))) return true;
  if (answeredNo(text, end)) return true;
  if (requestAnsweredNo(text, start, end)) return true;
  if (isDeniedAfter(text, end)) return true;
  let window = options.window ?? 3;
  const negators = options.negators ?? NEGATORS;
  const clauseFrom = clauseStart(text, start);
  let before = text.slice(clauseFrom, start);
  const mark = markedItem(text, start, end, before);
  // A check mark after a term with its negator right before it approves the negated phrase, not the
  // term: "slet ikke nervøs 👍", "Ingen bagmand ✅" (the word window below reads the negator).
  if (mark === 'refused' || (mark === 'offered' && !NEGATOR_LAST.test(before))) return mark === 'refused';
  if (refusedByHeading(text, clauseFrom, negators)) return true;
  if (refusedByHeadingLine(text, clauseFrom, negators)) return true;
  if (before.includes('-')) before = before.replace(NON_PREFIX, 'non_');
  if (before.includes(' dey')) before = before.replace(NO_DEY, 'no');
  const words = before.match(WORD_RUN) ?? [];
  // "I don't do BB or OWO": the item after "or" is in the window of the item before it.
  if (window > 0 && words.length > 0 && LIST_JOINERS.has(words[words.length - 1]!.toLowerCase())) window += 2;
  // The last `window` words (as `words.slice(-window)`), without the array and closures.
  const from = window > 0 ? Math.max(words.length - window, 0) : Math.min(-window, words.length);
  let negated = false;
  for (let k = from; k < words.length && !negated; k += 1)
    negated =
      (isNegator(words[k]!, negators) || frenchPas(words[k]!, words[k + 1], words[k - 1], words[k - 2])) &&
      negatesAfter(words[k]!, words[k + 1], words[k + 2]);
  if (!negated) {
    const phrase =
      NEGATED_NOUN_WITH.exec(before) ?? (WITH_WORD.test(before) ? NEGATED_NOUN_WITH_LIST.exec(before) : null);
    return (
      (phrase !== null && isNegator(phrase[1]!, negators)) ||
      SPANISH_WITHOUT_BEFORE.test(before) ||
      REFUSED_LIST.test(before) ||
      REFUSED_ITEM_TAIL.test(before) ||
      (STOPPED_HINT.test(before) && STOPPED_BEFORE.test(before))
    );
  }
  // A negator right before the term binds to it ("no bb possible"); the affirmative check below is
  // for list items, where the negator belongs to an earlier one ("No limits, BB ok").
  if (isNegator(words[words.length - 1]!, negators)) return true;
  return !AFFIRMATIVE_AFTER.test(text.slice(end, end + 16));
}

/** One place in a field where a pattern matched. */
export interface FieldMatch {
  field: TextField;
  start: number;
  end: number;
}

/** Builds evidence for a match; `quote` is always `field.text.slice(start, end)`. */
export function evidenceFor(match: FieldMatch): TextEvidence {
  return spanEvidence(match.field, match.start, match.end);
}

/** The fields a detector may read: ad fields for ad indicators, review texts for review indicators. */
export function fieldsOf(ad: PreparedAd, source: 'ad' | 'review'): TextField[] {
  return ad.fields.filter((f) => f.source === source && f.text.length > 0 && !isContactField(f));
}

/** Phones, e-mails and profile ids are identifiers, not wording: "party.girl@…" offers nothing. */
export function isContactField(field: TextField): boolean {
  return field.path === 'profile_id' || field.path.startsWith('phones[') || field.path.startsWith('emails[');
}

/** True for `services[3]` and similar structured list entries. */
export function isListField(field: TextField, name: 'services' | 'languages' | 'prices'): boolean {
  return field.path.startsWith(`${name}[`);
}

/**
 * Every match of `pattern` in `text` that starts at a word boundary (pattern must be global and
 * come from `compileTerms`, or be a pattern for which any start is fine, like emojis). Phrases
 * (see `compileTerms`) start anywhere but right after a letter.
 */
export function* matchesIn(
  pattern: RegExp,
  text: string,
  guardStart = true,
): Generator<{ start: number; end: number; text: string }> {
  const before = termsOf(pattern)?.letterGuard === true ? letterBefore : wordCharBefore;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0 || (guardStart && before(text, m.index))) {
      // Retry from the next position: a shorter alternative may start at a boundary later on.
      pattern.lastIndex = m.index + 1;
      continue;
    }
    yield { start: m.index, end: m.index + m[0].length, text: m[0] };
  }
}
