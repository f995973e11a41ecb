/**
 * A cheap, exact pre-check for word-guarded term patterns. Every alternative given to
 * `compileTerms` starts with a literal (its first letters: "uden", "bb", "she"), or with a small
 * group of literals; a match can only start at a word start where one of them begins. One walk of a
 * character trie from each word start of the lowercased text finds every such prefix present, so a
 * rule whose prefixes are all absent is skipped without running its regex, which on a 1 kB ad costs
 * more than the walk for all rules together. Patterns whose start is not literal (`\p{L}+`, digits,
 * optional groups) have no prefixes and always run.
 */

const META = new Set(['\\', '(', ')', '[', ']', '{', '}', '|', '?', '*', '+', '.', '^', '$', ' ', "'"]);
const QUANTIFIER = new Set(['?', '*', '{']);

/** Index of the `)` that closes the group opened at `open`. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === '\\') i += 1;
    else if (ch === '(') depth += 1;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Splits a group body at its top-level `|`. */
function branches(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i];
    if (ch === '\\') i += 1;
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    else if (ch === '|' && depth === 0) {
      out.push(body.slice(from, i));
      from = i + 1;
    }
  }
  out.push(body.slice(from));
  return out;
}

/**
 * The literal prefixes (lowercase) one of which every match of the alternative starts with, or
 * null when its start is not literal. Shorter prefixes are always safe: they only let more through.
 * Without `atStart`, an optional leading group of whole words is skipped ("(?:my )?manager" needs
 * "manager" at some word start); with it, the prefixes are those a match can begin with ("my",
 * "manager"), which is what `startPrefixes` needs.
 */
export function literalPrefixes(alternative: string, atStart = false): string[] | null {
  const top = branches(alternative);
  if (top.length > 1) {
    // "a|b" given as one alternative: each branch has its own start.
    const all = top.map((b) => literalPrefixes(b, atStart));
    return all.every((p) => p !== null) ? all.flat() : null;
  }
  if (alternative.startsWith('(?:')) {
    const close = closingParen(alternative, 0);
    if (close < 0) return null;
    const after = alternative[close + 1] ?? '';
    const out: string[] = [];
    for (const branch of branches(alternative.slice(3, close))) {
      const inner = literalPrefixes(branch, atStart);
      if (inner === null) return null;
      out.push(...inner);
    }
    if (after === '?') {
      const rest = literalPrefixes(alternative.slice(close + 2), atStart);
      // "(?:my |the )?manager": the rest starts a word either way, so it alone is required (but a
      // match may still start at "my").
      if (!atStart && branches(alternative.slice(3, close)).every((b) => b.endsWith(' '))) return rest;
      // "(?:a)?round": either the group's start or what follows it.
      return rest === null ? null : [...out, ...rest];
    }
    return QUANTIFIER.has(after) || after === '+' ? null : out;
  }
  // A leading digit class: any digit may start the match.
  if (alternative.startsWith('\\d')) return ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
  let literal = '';
  for (let i = 0; i < alternative.length; i += 1) {
    const ch = alternative[i]!;
    if (ch === '\\') {
      const next = alternative[i + 1] ?? '';
      // Escaped punctuation is a literal character; classes (\p, \d, \s, \u) end the literal.
      if (/[a-zA-Z0-9]/.test(next)) break;
      literal += next;
      i += 1;
      continue;
    }
    if (META.has(ch)) {
      // "limits?": the last letter is optional, so it is not part of the prefix.
      if (QUANTIFIER.has(ch)) literal = literal.slice(0, -1);
      break;
    }
    literal += ch;
  }
  return literal.length > 0 ? [literal.toLowerCase()] : null;
}

/** The literal prefixes one of which every match of the alternative begins with, or null. */
export function startPrefixes(alternative: string): string[] | null {
  return literalPrefixes(alternative, true);
}

/** Words so frequent in ads that a prefix on them filters nothing. */
const COMMON = new Set([
  'a',
  'i',
  'an',
  'the',
  'my',
  'our',
  'me',
  'we',
  'you',
  'to',
  'for',
  'and',
  'is',
  'are',
  'in',
  'on',
  'at',
  'with',
  'no',
  'not',
  'min',
  'mit',
  'mine',
  'vi',
  'de',
  'du',
  'og',
  'er',
  'til',
  'med',
  'på',
  'af',
  'en',
  'et',
  'kun',
  'ikke',
  'har',
  'fra',
  'den',
  'det',
  'jeg',
  'hos',
  'så',
  'only',
  'time',
  'tid',
  'all',
  'alle',
]);

/** Splits an alternative at its top-level spaces (outside groups and classes). */
function words(alternative: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < alternative.length; i += 1) {
    const ch = alternative[i];
    if (ch === '\\') i += 1;
    else if (ch === '(' || ch === '[') depth += 1;
    else if (ch === ')' || ch === ']') depth -= 1;
    else if (ch === ' ' && depth === 0) {
      out.push(alternative.slice(from, i));
      from = i + 1;
    }
  }
  out.push(alternative.slice(from));
  return out;
}

/**
 * The most selective prefixes an alternative needs at some word start. Every top-level word of an
 * alternative starts at a word start (a space in a term matches spaces, hyphens, dashes or "_",
 * and the walk starts after each of them), so "no condom" can be gated on "condom", which is far
 * rarer than "no". The word whose shortest prefix is longest is taken.
 */
export function requiredPrefixes(alternative: string): string[] | null {
  const top = branches(alternative);
  if (top.length > 1) {
    const all = top.map(requiredPrefixes);
    return all.every((p) => p !== null) ? all.flat() : null;
  }
  let best: string[] | null = null;
  let bestScore = 0;
  for (const word of words(alternative)) {
    const prefixes = literalPrefixes(word);
    if (prefixes === null) continue;
    // Longer is rarer; function words ("a", "min", "the") are in almost every ad whatever their length.
    const score = Math.min(...prefixes.map((p) => (COMMON.has(p) ? 1 : p.length)));
    if (score > bestScore) {
      best = prefixes;
      bestScore = score;
    }
  }
  return best;
}

const prefixIds = new Map<string, number>();

/**
 * The prefixes as a trie in flat typed arrays, rebuilt when prefixes are added: character codes map
 * to a small alphabet (`symbolOf`, 0 for a character no prefix has), and `next[node * width +
 * symbol]` is the child node (0: none; node 0 is the root, never a child). A Map per node made the
 * walk the costliest step of the text detectors.
 */
interface Trie {
  symbolOf: Uint16Array;
  width: number;
  next: Int32Array;
  /** Ids of the prefixes that end at node k: `endIds[endFrom[k]]` up to `endIds[endFrom[k + 1]]`. */
  endFrom: Int32Array;
  endIds: Int32Array;
}

let trie: Trie | null = null;

/** Registers prefixes and returns their ids (called when patterns are compiled, at module load). */
export function registerPrefixes(prefixes: readonly string[]): number[] {
  return prefixes.map((p) => {
    let id = prefixIds.get(p);
    if (id === undefined) {
      id = prefixIds.size;
      prefixIds.set(p, id);
      trie = null;
    }
    return id;
  });
}

function buildTrie(): Trie {
  const symbolOf = new Uint16Array(0x10000);
  let width = 1;
  for (const prefix of prefixIds.keys())
    for (let i = 0; i < prefix.length; i += 1) {
      const code = prefix.charCodeAt(i);
      if (symbolOf[code] === 0) symbolOf[code] = width++;
    }
  const children: Map<number, number>[] = [new Map<number, number>()];
  const ends: (number[] | undefined)[] = [undefined];
  for (const [prefix, id] of prefixIds) {
    let node = 0;
    for (let i = 0; i < prefix.length; i += 1) {
      const symbol = symbolOf[prefix.charCodeAt(i)]!;
      let child = children[node]!.get(symbol);
      if (child === undefined) {
        child = children.length;
        children.push(new Map<number, number>());
        ends.push(undefined);
        children[node]!.set(symbol, child);
      }
      node = child;
    }
    (ends[node] ??= []).push(id);
  }
  const next = new Int32Array(children.length * width);
  const endFrom = new Int32Array(children.length + 1);
  const endIds = new Int32Array(prefixIds.size);
  let e = 0;
  children.forEach((map, node) => {
    for (const [symbol, child] of map) next[node * width + symbol] = child;
    endFrom[node] = e;
    for (const id of ends[node] ?? []) endIds[e++] = id;
  });
  endFrom[children.length] = e;
  return { symbolOf, width, next, endFrom, endIds };
}

const WORD_CHAR_RE = /^[\p{L}\p{N}_]$/u;
/** Non-ASCII word-character answers by code unit: 0 unknown, 1 word, 2 not a word character. */
const wordCodes = new Uint8Array(0x10000);

/**
 * Per code unit, whether a walk may start after it: 1 a word character (no), 2 not one (yes), 0 not
 * known yet, 3 a surrogate (decided with its pair). "_" counts as a separator: a term's space
 * matches it, so the walk also starts after it.
 */
const walkCodes = new Uint8Array(0x10000);
for (let c = 0; c < 128; c += 1) walkCodes[c] = c !== 95 && isWordAt(String.fromCharCode(c), 0) ? 1 : 2;
walkCodes.fill(3, 0xd800, 0xe000);

/**
 * Whether the character ending at `i` is a letter, digit or underscore in any script: the same test
 * as `wordCharBefore`, so the walk starts exactly where a guarded match may start.
 */
function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128)
    return (
      (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || (code >= 65 && code <= 90)
    );
  if (code >= 0xdc00 && code <= 0xdfff && i > 0) return WORD_CHAR_RE.test(text.slice(i - 1, i + 1));
  let known = wordCodes[code]!;
  if (known === 0) {
    known = WORD_CHAR_RE.test(String.fromCharCode(code)) ? 1 : 2;
    wordCodes[code] = known;
  }
  return known === 1;
}

/** Where the registered prefixes occur at word starts of a lowercased text. */
export interface PrefixScan {
  /** 1 for each prefix id that occurs. */
  hits: Uint8Array;
  /** Per prefix id, the offsets (ascending) where it occurs; undefined when it does not. */
  positions: (number[] | undefined)[];
}

/**
 * Which registered prefixes start at a word start of `lower` (already lowercased), and where. A word
 * start is any position whose previous character is not a word character, as `matchesIn` guards it.
 */
export function scanPrefixes(lower: string): PrefixScan {
  trie ??= buildTrie();
  const { symbolOf, width, next, endFrom, endIds } = trie;
  const hits = new Uint8Array(prefixIds.size);
  // Preallocated: filling a sparse array from empty would turn it into a slow dictionary.
  const positions = new Array<number[] | undefined>(prefixIds.size).fill(undefined);
  let prevWord = false;
  const n = lower.length;
  for (let i = 0; i < n; i += 1) {
    const code = lower.charCodeAt(i);
    if (!prevWord) {
      let node = next[symbolOf[code]!]!;
      for (let k = i + 1; node !== 0; k += 1) {
        for (let e = endFrom[node]!, last = endFrom[node + 1]!; e < last; e += 1) {
          const id = endIds[e]!;
          hits[id] = 1;
          const at = positions[id];
          if (at === undefined) positions[id] = [i];
          else at.push(i);
        }
        if (k >= n) break;
        node = next[node * width + symbolOf[lower.charCodeAt(k)]!]!;
      }
    }
    let kind = walkCodes[code]!;
    if (kind === 0) {
      kind = isWordAt(lower, i) ? 1 : 2;
      walkCodes[code] = kind;
    } else if (kind === 3) kind = isWordAt(lower, i) ? 1 : 2;
    prevWord = kind === 1;
  }
  return { hits, positions };
}

/** Which registered prefixes start at a word start of `lower` (see `scanPrefixes`). */
export function prefixesIn(lower: string): Uint8Array {
  return scanPrefixes(lower).hits;
}
