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
 */
export function literalPrefixes(alternative: string): string[] | null {
  const top = branches(alternative);
  if (top.length > 1) {
    // "a|b" given as one alternative: each branch has its own start.
    const all = top.map(literalPrefixes);
    return all.every((p) => p !== null) ? all.flat() : null;
  }
  if (alternative.startsWith('(?:')) {
    const close = closingParen(alternative, 0);
    if (close < 0) return null;
    const after = alternative[close + 1] ?? '';
    const out: string[] = [];
    for (const branch of branches(alternative.slice(3, close))) {
      const inner = literalPrefixes(branch);
      if (inner === null) return null;
      out.push(...inner);
    }
    if (after === '?') {
      const rest = literalPrefixes(alternative.slice(close + 2));
      // "(?:my |the )?manager": the rest starts a word either way, so it alone is required.
      if (branches(alternative.slice(3, close)).every((b) => b.endsWith(' '))) return rest;
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

interface TrieNode {
  children: Map<number, TrieNode>;
  /** Ids of the prefixes that end here. */
  ends: number[];
}

const prefixIds = new Map<string, number>();
let trie: TrieNode | null = null;

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

function buildTrie(): TrieNode {
  const root: TrieNode = { children: new Map(), ends: [] };
  for (const [prefix, id] of prefixIds) {
    let node = root;
    for (let i = 0; i < prefix.length; i += 1) {
      const code = prefix.charCodeAt(i);
      let child = node.children.get(code);
      if (!child) {
        child = { children: new Map(), ends: [] };
        node.children.set(code, child);
      }
      node = child;
    }
    node.ends.push(id);
  }
  return root;
}

const WORD_CHAR_RE = /^[\p{L}\p{N}_]$/u;
/** Non-ASCII word-character answers by code unit: 0 unknown, 1 word, 2 not a word character. */
const wordCodes = new Uint8Array(0x10000);

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

/**
 * Which registered prefixes start at a word start of `lower` (already lowercased). A word start is
 * any position whose previous character is not a word character, as `matchesIn` guards it.
 */
export function prefixesIn(lower: string): Uint8Array {
  trie ??= buildTrie();
  const hits = new Uint8Array(prefixIds.size);
  let prevWord = false;
  for (let i = 0; i < lower.length; i += 1) {
    const code = lower.charCodeAt(i);
    if (!prevWord) {
      let node = trie.children.get(code);
      for (let k = i + 1; node; k += 1) {
        for (const id of node.ends) hits[id] = 1;
        if (k >= lower.length) break;
        node = node.children.get(lower.charCodeAt(k));
      }
    }
    // "_" counts as a separator here (a term's space matches it), so the walk also starts after it.
    prevWord = code !== 95 && isWordAt(lower, i);
  }
  return hits;
}
