import { lowerTwinText } from './scan.js';
import { RecentTexts, TextMemo } from './text-memo.js';

/** Canonical service names for Danish and English menu wording; unknown items keep a slug. */
const SYNONYMS: Record<string, string[]> = {
  massage: [
    'massage',
    'klassisk massage',
    'classic massage',
    'relax massage',
    'afslappende massage',
    'sensuel massage',
    'sensual massage',
  ],
  'erotic-massage': ['erotisk massage', 'erotic massage', 'tantra massage', 'tantra', 'nuru massage', 'nuru'],
  'oil-massage': ['oil massage', 'oliemassage', 'olie massage', 'olie', 'thai oil massage'],
  'body-to-body': ['body to body', 'body2body', 'b2b', 'body massage', 'kropsmassage'],
  'happy-ending': ['happy ending', 'handjob', 'håndjob', 'hj'],
  gfe: [
    'gfe',
    'girlfriend experience',
    'kærestesex',
    'kæresteoplevelse',
    'kæreste-hygge',
    'kærestehygge',
    'kærestetid',
    'kærestestemning',
  ],
  'oral-condom': [
    'oral med kondom',
    'oral with condom',
    'owc',
    'blowjob med kondom',
    'blowjob with condom',
    'bj with condom',
    'cbj',
  ],
  'oral-no-condom': [
    'owo',
    'bbbj',
    'oral uden kondom',
    'oral without condom',
    'blowjob uden kondom',
    'blowjob without condom',
    'natur oral',
  ],
  'no-condom': ['uden kondom', 'without condom', 'bareback', 'bb', 'natur', 'awo'],
  '69': ['69', 'sixty-nine'],
  striptease: ['striptease', 'strip', 'stripshow', 'strip show', 'lapdance', 'lap dance'],
  anal: ['anal', 'a-level', 'greek', 'græsk'],
  domination: [
    'domination',
    'dominans',
    'let dominans',
    'soft domination',
    'bdsm',
    'mistress',
    'dominatrix',
    'bondage',
  ],
  'french-kiss': ['french kiss', 'french kissing', 'fransk kys', 'tungekys', 'dfk'],
  kissing: ['kys', 'kissing', 'kisses', 'kys og kram', 'kiss'],
  shower: ['shower together', 'bruser sammen', 'fælles bad', 'shower', 'brusebad', 'badning'],
  'role-play': ['rollespil', 'role play', 'roleplay', 'rolle spil'],
  lingerie: ['lingeri', 'lingerie', 'lingerie show', 'lingeri show'],
  toys: ['toys', 'legetøj', 'sexlegetøj', 'sex toys'],
  'foot-fetish': ['fodfetish', 'foot fetish', 'fødder', 'feet'],
  fetish: ['fetish', 'let fetish', 'fetich'],
  dildoshow: ['dildoshow', 'dildo show'],
  'dinner-date': ['dinner date', 'dinner', 'middag', 'dinner dates', 'middagsdate'],
  overnight: ['overnight', 'hel nat', 'overnatning'],
  duo: ['duo', 'duo med veninde', 'threesome', 'trekant'],
  gangbang: ['gangbang', 'gang bang', 'group sex', 'gruppesex'],
  cim: ['cim', 'cum in mouth'],
  cof: ['cof', 'cum on face', 'facial'],
  rimming: ['rimming', 'rim'],
  'erotic-photos': ['erotic photos', 'erotiske billeder', 'photos'],
  'travel-companion': ['travel companion', 'rejseledsager'],
  'golden-shower': ['golden shower', 'gs'],
  prostate: ['prostata massage', 'prostate massage', 'prostata'],
  sportsmassage: ['sportsmassage', 'sports massage'],
  thaimassage: ['thaimassage', 'thai massage', 'traditionel thaimassage'],
};
const CANON = new Map<string, string>();
for (const [c, list] of Object.entries(SYNONYMS)) for (const s of list) CANON.set(s, c);

/** Canonical name of a menu item written exactly as listed (lower case, trimmed), or null when unknown. */
export function knownService(item: string): string | null {
  return CANON.get(item) ?? null;
}

// Structured menus repeat the same few items across ads ("Striptease", "Relax massage"): answers
// are kept, as phones.ts keeps its numbers.
const normalizedItems = new TextMemo<string | null>(20_000);

/** Canonical name of one menu item ("Kærestesex (GFE)" → `gfe`, "OWO" → `oral-no-condom`). */
export function normalizeService(item: string): string | null {
  const kept = normalizedItems.get(item);
  return kept !== undefined ? kept : normalizedItems.keep(item, normalizeItem(item));
}

function normalizeItem(item: string): string | null {
  const s = item
    .toLowerCase()
    .replace(/[\u2700-\u27bf\u{1F000}-\u{1FAFF}✔✓☑•*]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-–:.,]+|[-–:.,!]+$/g, '')
    .trim();
  if (s.length === 0 || s.length > 40) return null;
  const direct = CANON.get(s);
  if (direct) return direct;
  // "kærestesex (gfe)": the bracketed abbreviation or the words before it.
  const bracket = /^(.*?)\s*\((.+)\)$/.exec(s);
  if (bracket) return CANON.get(bracket[2]!.trim()) ?? CANON.get(bracket[1]!.trim()) ?? slug(s);
  return slug(s);
}

function slug(s: string): string | null {
  const out = s.replace(/[^\p{L}\d]+/gu, '-').replace(/^-|-$/g, '');
  return out.length > 0 ? out : null;
}

/** A service menu found in text: its items and the span the whole list covers. */
export interface ServiceMenu {
  /** Distinct canonical names. */
  items: string[];
  /** Distinct listed items as written (synonyms of one canonical service listed twice count twice). */
  count: number;
  start: number;
  end: number;
}

// "My sessions can include:", "sessionerne kan indeholde:": a domina's menu under its own heading.
// "I do" as a whole word only: "What I DON'T do: anal, BB, …" lists what she refuses.
const HEADER =
  /(?:services?|ydelser|menu|my menu|min menu|jeg tilbyder|i offer|vi tilbyder|we offer|tilbyder|i do(?![\p{L}'’])|service list|sessions? (?:can |may )?include|sessioner(?:ne)? (?:kan )?(?:indeholde|inkludere))\s*:?/giu;
// Every HEADER match holds one of these (in lower case; /iu folds no other letter onto them than
// "ſ", and a text with "ſ" has no lower-case twin).
const HEADER_HINTS = ['service', 'ydelser', 'menu', 'tilbyder', 'i offer', 'we offer', 'i do', 'session'];
// An emoji repeated at the start of each line is a bullet too ("🌺 thai massage\n🌺 GFE"): a run
// of such lines keeps one emoji (see scanServiceMenu), so lines that each open with their own
// symbol ("📞 …", "⏰ …", "💰 …") are no menu.
const BULLET_LINE = /^[ \t]*(?:[-–•*·▪►✔✓☑]|\d+[.)]|(\p{Extended_Pictographic})\uFE0F?)[ \t]*(.+?)[ \t]*$/gmu;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}/u;
const CHECKS = ['✔', '✓', '☑'];
// A bullet line starts with one of these after spaces or tabs (or with a digit: "1.", "2)").
const BULLETS = new Set(Array.from('-–•*·▪►✔✓☑', (c) => c.charCodeAt(0)));
const CHECK_ITEMS = /([^✔✓☑\n]{2,40}?)\s*[✔✓☑]/gu;

/**
 * Listed service menus in free text: a header followed by a comma/"og"/"and" list ("Services: a, b,
 * c"), a bullet list (one item per line) or items marked ✔. Returns the longest menu found.
 */
export function findServiceMenu(text: string): ServiceMenu | null {
  const kept = recentMenus.get(text);
  return kept !== undefined ? kept : recentMenus.keep(text, scanServiceMenu(text));
}

// Facts and the no-limits detector read the same texts, a batch of ads apart.
const recentMenus = new RecentTexts<ServiceMenu | null>();

/** The menu to keep: the one made of `items` when it lists more distinct items than `best`. */
function better(best: ServiceMenu | null, items: string[], start: number, end: number): ServiceMenu | null {
  const distinct = [...new Set(items.map(normalizeService).filter((x): x is string => x !== null))];
  const count = new Set(items.map((x) => x.trim().toLowerCase()).filter((x) => x.length > 0)).size;
  return !best || count > best.count ? { items: distinct, count, start, end } : best;
}

function scanServiceMenu(text: string): ServiceMenu | null {
  let best: ServiceMenu | null = null;
  // Bullet list: consecutive bullet lines.
  let m: RegExpExecArray | null;
  let run: string[] = [];
  let runStart = -1;
  let runEnd = -1;
  BULLET_LINE.lastIndex = 0;
  const bullets = mayHaveBulletLine(text);
  let runEmoji: string | undefined;
  while (bullets && (m = BULLET_LINE.exec(text)) !== null) {
    if (runEnd >= 0 && (text.slice(runEnd, m.index).trim() !== '' || m[1] !== runEmoji)) {
      if (run.length >= 2) best = better(best, run, runStart, runEnd);
      run = [];
      runStart = -1;
    }
    if (runStart < 0) runStart = m.index;
    runEmoji = m[1];
    run.push(m[2]!);
    runEnd = m.index + m[0].length;
  }
  if (run.length >= 2) best = better(best, run, runStart, runEnd);
  // ✔-marked items.
  const checks: string[] = [];
  let cStart = -1;
  let cEnd = -1;
  CHECK_ITEMS.lastIndex = 0;
  const checked = hasAny(text, CHECKS);
  while (checked && (m = CHECK_ITEMS.exec(text)) !== null) {
    if (cStart < 0) cStart = m.index + (m[0].length - m[0].trimStart().length);
    checks.push(m[1]!.trim());
    cEnd = m.index + m[0].length;
  }
  if (checks.length >= 2) best = better(best, checks, cStart, cEnd);
  // Header + inline list up to the end of the sentence.
  HEADER.lastIndex = 0;
  const lower = lowerTwinText(text);
  const headed = lower === null || hasAny(lower, HEADER_HINTS);
  while (headed && (m = HEADER.exec(text)) !== null) {
    const from = m.index + m[0].length;
    const stop = /[.!?\n]|$/.exec(text.slice(from));
    const to = from + (stop ? stop.index : text.length - from);
    const items = text
      .slice(from, to)
      // Not the slash of a condom note, which is one item: "fransk m/kondom", "BJ w/o", "u/k".
      .split(/\s*(?:,|\/(?<!(?<![\p{L}])[muw]\/)|\+|;|\s(?:og|and|&)\s)\s*/u)
      .filter((x) => x.trim().length > 0);
    if (items.length >= 2) best = better(best, items, from, to);
    const numbered = numberedList(text, from);
    if (numbered !== null) best = better(best, numbered.items, numbered.start, numbered.end);
  }
  return best;
}

const FIRST_NUMBER = /^\s*1[.)]\s+/u;
const ITEM_END = /[.!?\n\r]/u;

/**
 * An inline numbered list right after the header, its numbers in order: "services: 1. GFE 2.
 * kissing 3. 69 … 12. dinner date." The sentence-end rule of the comma list cuts it at "1.".
 */
function numberedList(text: string, from: number): { items: string[]; start: number; end: number } | null {
  const first = FIRST_NUMBER.exec(text.slice(from, from + 8));
  if (first === null) return null;
  const items: string[] = [];
  let at = from + first[0].length;
  for (let k = 2; ; k += 1) {
    const dot = text.indexOf(` ${k}.`, at);
    const paren = text.indexOf(` ${k})`, at);
    const next = dot < 0 ? paren : paren < 0 ? dot : Math.min(dot, paren);
    const item = text.slice(at, next < 0 ? at + 48 : next);
    const stop = ITEM_END.exec(item);
    // The last item ends the sentence; an item is a few words.
    if (next < 0 || stop !== null || item.length > 40) {
      const last = stop === null ? item : item.slice(0, stop.index);
      if (last.trim().length > 0 && last.length <= 40) items.push(last);
      const end = at + last.length;
      return items.length >= 2 ? { items, start: from + first[0].indexOf('1'), end } : null;
    }
    items.push(item);
    at = next + String(k).length + 2;
  }
}

function hasAny(text: string, parts: readonly string[]): boolean {
  for (const p of parts) if (text.includes(p)) return true;
  return false;
}

/**
 * Whether BULLET_LINE may match: some line (after a "\n", or the first line of a text that has a
 * "\n"; bullet lists are read only then) starts with a bullet or a digit after spaces or tabs. A
 * few indexOf calls instead of trying the multiline pattern at every character. Other line ends
 * ("\r", U+2028, U+2029) also start lines for `^`/m, so such texts always run the pattern.
 */
function mayHaveBulletLine(text: string): boolean {
  if (!text.includes('\n')) return false;
  return hasOtherLineEnds(text) || bulletLines(text, 1) > 0;
}

function hasOtherLineEnds(text: string): boolean {
  return text.includes('\r') || text.includes('\u2028') || text.includes('\u2029');
}

/** Lines that begin with a bullet or a digit after spaces or tabs, counted up to `enough`. */
function bulletLines(text: string, enough: number): number {
  const otherEnds = hasOtherLineEnds(text);
  let n = 0;
  for (let from = 0; from >= 0 && n < enough; from = nextLine(text, from, otherEnds)) {
    let i = from;
    while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i += 1;
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || BULLETS.has(c) || (c >= 0x2000 && PICTOGRAPHIC.test(text.slice(i, i + 2))))
      n += 1;
  }
  return n;
}

/** Where the line after the one holding `i` starts, or -1 (every line end of `^`/m with `otherEnds`). */
function nextLine(text: string, i: number, otherEnds: boolean): number {
  if (!otherEnds) {
    const end = text.indexOf('\n', i);
    return end < 0 ? -1 : end + 1;
  }
  for (let k = i; k < text.length; k += 1) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return k + 1;
  }
  return -1;
}

/** What a headed inline list is split at (see scanServiceMenu): ",", "/", "+", ";", "&", "og", "and". */
const SEPARATORS = [',', '/', '+', ';', '&', 'og', 'and'];

/**
 * Whether `text` may list a menu of `size` distinct items or more (`findServiceMenu(text).count
 * >= size`), cheaply: a bullet list needs as many bullet lines, ✔-marked items as many marks, and
 * a list after a header `size` - 1 separators. Most ads have far fewer, and skip the menu search.
 */
export function mayListMenu(text: string, size: number): boolean {
  let checks = 0;
  for (const mark of CHECKS) checks += countOf(text, mark, size);
  if (checks >= size || bulletLines(text, size) >= size) return true;
  let separators = 0;
  for (const separator of SEPARATORS) {
    separators += countOf(text, separator, size - 1 - separators);
    if (separators >= size - 1) break;
  }
  // A numbered list of that many items holds the number `size` ("12. dinner date").
  if (separators < size - 1 && !text.includes(` ${size}.`) && !text.includes(` ${size})`)) return false;
  const lower = lowerTwinText(text);
  return lower === null || hasAny(lower, HEADER_HINTS);
}

/** Occurrences of `part` in `text`, counted up to `enough`. */
function countOf(text: string, part: string, enough: number): number {
  let n = 0;
  for (let i = text.indexOf(part); i >= 0 && n < enough; i = text.indexOf(part, i + part.length)) n += 1;
  return n;
}

/** Distinct canonical services from a structured `services` array. */
export function normalizeServices(items: readonly string[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    const s = normalizeService(item);
    if (s !== null && !out.includes(s)) out.push(s);
  }
  return out;
}
