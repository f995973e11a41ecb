/**
 * A cheap, exact pre-check for word-guarded term patterns. Every alternative given to
 * `compileTerms` starts with a literal (its first letters: "uden", "bb", "she"), or with a small
 * group of literals, and each of its words does too; a match can only start at a word start where
 * one of the first ones begins, and needs the others at some word start. One walk of a character
 * trie from each word start of the lowercased text finds every such prefix present and where (see
 * term-scan.ts, which uses it). Alternatives whose start is not literal (`\p{L}+`, optional groups)
 * have no start prefixes: their patterns run over the whole text.
 */

const META = new Set(['\\', '(', ')', '[', ']', '{', '}', '|', '?', '*', '+', '.', '^', '$', ' ', "'"]);
const QUANTIFIER = new Set(['?', '*', '{']);

/** Index of the `]` that closes the character class opened at `open` (`(`, `|` and spaces in it are plain). */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i += 1) {
    if (source[i] === '\\') i += 1;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

/** Index of the `)` that closes the group opened at `open`. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === '\\') i += 1;
    else if (ch === '[') i = classEnd(source, i);
    else if (ch === '(') depth += 1;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Splits a group body (or a list of alternatives) at its top-level `|`. */
export function branches(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i];
    if (ch === '\\') i += 1;
    else if (ch === '[') i = classEnd(body, i);
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
    const body = branches(alternative.slice(3, close));
    // "(?:my |the )?manager", "(?:\\p{L}+ ){0,2}girls": optional or repeated whole words, so what
    // follows starts a word either way and is required (but a match may still start at "my").
    if (!atStart && (QUANTIFIER.has(after) || after === '+') && body.every((b) => b.endsWith(' '))) {
      const rest = after === '{' ? alternative.indexOf('}', close) + 1 : close + 2;
      return literalPrefixes(alternative.slice(rest), atStart);
    }
    const out: string[] = [];
    for (const branch of body) {
      const inner = literalPrefixes(branch, atStart);
      if (inner === null) return null;
      out.push(...inner);
    }
    if (after === '?') {
      // "(?:a)?round": either the group's start or what follows it.
      const rest = literalPrefixes(alternative.slice(close + 2), atStart);
      return rest === null ? null : [...out, ...rest];
    }
    return QUANTIFIER.has(after) || after === '+' ? null : out;
  }
  // A leading digit class: any digit may start the match.
  if (alternative.startsWith('\\d')) return ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
  // "['\u2019]?powder": an optional quote mark before a word. Neither it nor the space before it
  // is a word character, so what follows starts a word either way and is required.
  if (!atStart && alternative.startsWith('[')) {
    const close = classEnd(alternative, 0);
    if (QUANTIFIER.has(alternative[close + 1] ?? '') && alternative[close + 2] !== '?') {
      const members = classMembers(alternative.slice(1, close));
      if (members !== null && members.every((m) => !WORD_CHAR_RE.test(m))) {
        const rest = alternative[close + 1] === '{' ? alternative.indexOf('}', close) + 1 : close + 2;
        return literalPrefixes(alternative.slice(rest), atStart);
      }
    }
  }
  // The literal start, or several when it holds a small class ("s[óo]lo": "sólo", "solo").
  let literals = [''];
  for (let i = 0; i < alternative.length; i += 1) {
    const ch = alternative[i]!;
    // A Danish letter or its typed spelling ("d(?:ø|oe)gnet", see terms.ts): two prefixes.
    const typed = literals[0]!.length > 0 ? TYPED_LETTER.exec(alternative.slice(i, i + 10)) : null;
    if (typed !== null && !QUANTIFIER.has(alternative[i + typed[0].length] ?? '')) {
      return literals.flatMap((l) => [l + typed[1]!, l + typed[2]!]).map((l) => l.toLowerCase());
    }
    if (ch === '\\') {
      const next = alternative[i + 1] ?? '';
      // Escaped punctuation is a literal character; classes (\p, \d, \s, \u) end the literal.
      if (/[a-zA-Z0-9]/.test(next)) break;
      literals = literals.map((l) => l + next);
      i += 1;
      continue;
    }
    if (ch === '[') {
      // A small class of plain letters not made optional: one prefix per letter. Prefixes that
      // run past the first letter let the walk skip the many words that merely start alike.
      const close = classEnd(alternative, i);
      const members = Array.from(alternative.slice(i + 1, close));
      const after = alternative[close + 1] ?? '';
      if (QUANTIFIER.has(after) || members.length === 0 || members.length > 4) break;
      if (members.some((m) => m === '\\' || m === '^' || m === '-' || m === ']')) break;
      if (literals.length * members.length > 8) break;
      literals = literals.flatMap((l) => members.map((m) => l + m));
      if (after === '+') break;
      i = close;
      continue;
    }
    if (META.has(ch)) {
      // "limits?": the last letter is optional, so it is not part of the prefix.
      if (QUANTIFIER.has(ch)) literals = literals.map((l) => l.slice(0, -1));
      break;
    }
    literals = literals.map((l) => l + ch);
  }
  if (literals[0]!.length === 0) return null;
  return [...new Set(literals.map((l) => l.toLowerCase()))];
}

const TYPED_LETTER = /^\(\?:([æøåÆØÅ])\|([aoAO][ea])\)/u;

/** The characters of a class body without ranges or classes ("\\u0027\"‘"), else null. */
function classMembers(body: string): string[] | null {
  const out: string[] = [];
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i]!;
    if (ch === '^' || ch === '-') return null;
    if (ch !== '\\') {
      out.push(ch);
      continue;
    }
    const code = /^u([0-9a-fA-F]{4})/.exec(body.slice(i + 1, i + 6));
    if (code !== null) {
      out.push(String.fromCharCode(parseInt(code[1]!, 16)));
      i += 5;
    } else if (/[^a-zA-Z0-9]/.test(body[i + 1] ?? 'a')) {
      out.push(body[i + 1]!);
      i += 1;
    } else return null;
  }
  return out;
}

/** The literal prefixes one of which every match of the alternative begins with, or null. */
export function startPrefixes(alternative: string): string[] | null {
  return literalPrefixes(alternative, true);
}

/** Splits an alternative at its top-level spaces (outside groups and classes). */
function words(alternative: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < alternative.length; i += 1) {
    const ch = alternative[i];
    if (ch === '\\') i += 1;
    else if (ch === '[') i = classEnd(alternative, i);
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    else if (ch === ' ' && depth === 0) {
      out.push(alternative.slice(from, i));
      from = i + 1;
    }
  }
  out.push(alternative.slice(from));
  return out;
}

/** Words so frequent in ads that checking for them filters nothing. */
const COMMON = new Set(
  (
    'a i an the my our me we you to for and is are in on at with no not min mit mine vi de du og er til ' +
    'med på af en et kun ikke har fra den det jeg hos så only time tid all alle her'
  ).split(' '),
);

/**
 * The literal prefixes of each top-level word of an alternative that is worth checking: a match
 * needs one prefix of every group at some word start. Every top-level word starts at a word start
 * (a space in a term matches spaces, hyphens, dashes or "_", and the walk starts after each of
 * them), so "no condom" is only tried where "condom" occurs. Words with a one-letter or very common
 * prefix ("a", "i", "the", digits) are left out: they are in almost every ad. The alternative must
 * have no top-level `|` (see `branches`).
 */
export function wordPrefixes(alternative: string): string[][] {
  const out: string[][] = [];
  for (const word of words(alternative)) {
    const prefixes = literalPrefixes(word);
    if (prefixes !== null && prefixes.every(isSelective)) out.push(prefixes);
    else {
      const inner = branchPrefixes(word);
      if (inner !== null) out.push(inner);
    }
  }
  return out;
}

/** Whether a prefix is worth checking: not one letter, not a word in almost every ad. */
function isSelective(prefix: string): boolean {
  return prefix.length > 1 && !COMMON.has(prefix);
}

/**
 * For a word that is a group of phrases whose first words are common ("(?:til festen|for the
 * party)"): one selective word's prefixes from each branch ("festen", "party"), one of which a
 * match needs at some word start; null when a branch has none or the group is not required.
 */
function branchPrefixes(word: string): string[] | null {
  if (!word.startsWith('(?:')) return null;
  const close = closingParen(word, 0);
  const after = word[close + 1] ?? '';
  if (close < 0 || QUANTIFIER.has(after) || after === '+') return null;
  const out: string[] = [];
  for (const branch of branches(word.slice(3, close))) {
    // The branch's most selective word: the one whose shortest prefix is longest.
    const best = wordPrefixes(branch).reduce<string[] | null>(
      (a, g) => (a === null || shortest(g) > shortest(a) ? g : a),
      null,
    );
    if (best === null) return null;
    out.push(...best);
  }
  return [...new Set(out)];
}

function shortest(prefixes: readonly string[]): number {
  return Math.min(...prefixes.map((p) => p.length));
}

const prefixIds = new Map<string, number>();

/**
 * The prefixes as a double-array trie, rebuilt when prefixes are added: character codes map to a
 * small alphabet (`symbolOf`, 0 for a character no prefix has), and the child of state `s` by
 * symbol `c` is `t = base[s] + c` when `check[t] === s` (none otherwise; state 1 is the root, 0 is
 * none). Hand-written because no kept library offers a flat trie over UTF-16 code units. A Map per
 * node made the walk the costliest step of the text detectors; a dense state × symbol table was
 * 13,640 × 180 entries (9.8 MB in each thread) whose walk missed the cache at every step.
 */
interface Trie {
  symbolOf: Uint16Array;
  base: Int32Array;
  check: Int32Array;
  /** Ids of the prefixes that end at state k: `endIds[endFrom[k]]` up to `endIds[endFrom[k + 1]]`. */
  endFrom: Int32Array;
  endIds: Int32Array;
}

const ROOT = 1;

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
  // Placing each node's children at the first base where all their slots are free (breadth first).
  let base: Int32Array = new Int32Array(children.length * 2 + width * 2);
  let check: Int32Array = new Int32Array(base.length);
  const stateOf = new Int32Array(children.length);
  stateOf[0] = ROOT;
  check[ROOT] = -1;
  let firstFree = ROOT + 1;
  let top = ROOT;
  const queue = [0];
  for (let q = 0; q < queue.length; q += 1) {
    const node = queue[q]!;
    const symbols = [...children[node]!.keys()].sort((a, b) => a - b);
    if (symbols.length === 0) continue;
    while (check[firstFree] !== 0) firstFree += 1;
    let b = Math.max(1, firstFree - symbols[0]!);
    for (; ; b += 1) {
      if (b + width >= base.length) {
        base = grown(base);
        check = grown(check);
      }
      if (symbols.every((c) => check[b + c] === 0)) break;
    }
    base[stateOf[node]!] = b;
    for (const c of symbols) {
      const child = children[node]!.get(c)!;
      check[b + c] = stateOf[node]!;
      stateOf[child] = b + c;
      top = Math.max(top, b + c);
      queue.push(child);
    }
  }
  // Every `base[s] + symbol` of a state stays inside the arrays, so the walk needs no bounds test.
  const size = top + width + 1;
  const nodeAt = new Int32Array(size).fill(-1);
  stateOf.forEach((state, node) => (nodeAt[state] = node));
  const endFrom = new Int32Array(size + 1);
  const endIds = new Int32Array(prefixIds.size);
  let e = 0;
  for (let state = 0; state < size; state += 1) {
    endFrom[state] = e;
    const node = nodeAt[state]!;
    if (node >= 0) for (const id of ends[node] ?? []) endIds[e++] = id;
  }
  endFrom[size] = e;
  check[ROOT] = 0;
  return { symbolOf, base: base.slice(0, size), check: check.slice(0, size), endFrom, endIds };
}

const WORD_CHAR_RE = /^[\p{L}\p{N}_]$/u;
const LETTER_RE = /^\p{L}$/u;

/**
 * Per code unit, what the walk needs to know of it: 1 a letter, 4 a number (\p{N}), 2 anything
 * else (a walk may start after it), 0 not known yet, 3 a surrogate (decided with its pair). "_"
 * counts as a separator: a term's space matches it, so the walk also starts after it.
 */
const walkCodes = new Uint8Array(0x10000);
for (let c = 0; c < 128; c += 1) walkCodes[c] = walkKind(String.fromCharCode(c), c === 95);
walkCodes.fill(3, 0xd800, 0xe000);

/**
 * The walk kind (see `walkCodes`) of one code point; the same word-character test as
 * `wordCharBefore`, so the walk starts exactly where a guarded match may start.
 */
function walkKind(ch: string, underscore = false): number {
  if (underscore || !WORD_CHAR_RE.test(ch)) return 2;
  return LETTER_RE.test(ch) ? 1 : 4;
}

/**
 * The prefixes found at word starts of one text: occurrence k is prefix `ids[k]` at offset `at[k]`,
 * offsets ascending. The arrays are reused by the next scan: read them before scanning again
 * (allocating typed arrays per text cost more than the walk).
 */
export interface PrefixHits {
  count: number;
  at: Int32Array;
  ids: Int32Array;
}

const hits: PrefixHits = { count: 0, at: new Int32Array(512), ids: new Int32Array(512) };

/** Number of prefixes registered so far (ids run from 0 to this - 1). */
export function prefixCount(): number {
  return prefixIds.size;
}

/**
 * Which registered prefixes start at a word start of `lower` (already lowercased), and where. A word
 * start is any position whose previous character is not a word character, as `matchesIn` guards it;
 * a letter right after a number is one too, for phrases ("18young", see `compileTerms`), and the
 * patterns that need a word start check the character before each candidate anyway.
 */
export function scanPrefixes(lower: string): PrefixHits {
  trie ??= buildTrie();
  const { symbolOf, base, check, endFrom, endIds } = trie;
  const codes = walkCodes;
  let { at, ids } = hits;
  let count = 0;
  let prev = 2;
  const n = lower.length;
  for (let i = 0; i < n; i += 1) {
    const code = lower.charCodeAt(i);
    let kind = codes[code]!;
    if (kind === 0 || kind === 3) kind = kindAt(lower, i, code);
    if (prev === 2 || (prev === 4 && kind === 1)) {
      const first = base[ROOT]! + symbolOf[code]!;
      let state = check[first] === ROOT ? first : 0;
      for (let k = i + 1; state !== 0; k += 1) {
        for (let e = endFrom[state]!, last = endFrom[state + 1]!; e < last; e += 1) {
          if (count === at.length) {
            at = grown(at);
            ids = grown(ids);
          }
          at[count] = i;
          ids[count] = endIds[e]!;
          count += 1;
        }
        if (k >= n) break;
        const t = base[state]! + symbolOf[lower.charCodeAt(k)]!;
        state = check[t] === state ? t : 0;
      }
    }
    prev = kind;
  }
  hits.count = count;
  hits.at = at;
  hits.ids = ids;
  return hits;
}

/** The walk kind of a character not known yet, or of a surrogate (decided with its pair). */
function kindAt(text: string, i: number, code: number): number {
  // A low surrogate is read with the unit before it: a pair is one code point, else neither is.
  const kind = walkKind(code >= 0xdc00 && code <= 0xdfff && i > 0 ? text.slice(i - 1, i + 1) : text[i]!);
  if (walkCodes[code] === 0) walkCodes[code] = kind;
  return kind;
}

function grown(buffer: Int32Array): Int32Array {
  const out = new Int32Array(buffer.length * 2);
  out.set(buffer);
  return out;
}
