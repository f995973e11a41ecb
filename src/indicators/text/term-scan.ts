import { prefixCount, scanPrefixes } from './prefix-gate.js';
import {
  letterBefore,
  registeredTerms,
  termsOf,
  wordCharBefore,
  type Alternative,
  type Terms,
} from './terms.js';

/**
 * Matching term patterns only where they may match. One walk of the text finds the registered
 * prefixes at word starts (see prefix-gate); an alternative is "open" when every word it needs has
 * one of its prefixes there, and is tried only at the word starts where one of its first words
 * begins. A global search returns, at the leftmost position where the pattern matches, the first
 * alternative that matches there; trying the open alternatives of each candidate start in order,
 * candidates in ascending order, resuming after each match, finds exactly the same matches without
 * running a long alternation at every character.
 *
 * This machine allocates slowly, so nothing here is allocated per text: per-text state is stamped
 * with the scan's number instead of cleared, and the results of a scan live in one of a few reused
 * slots (one per source of each ad of a batch, see rules.ts) until the next scan into the same slot.
 */

/**
 * The registered alternatives by prefix id, rebuilt when patterns are added: which word groups a
 * prefix satisfies and which alternatives may begin with it, as lists in flat arrays (list of id:
 * `list[from[id]]` up to `list[from[id + 1]]`), so work per text is in proportion to the prefixes
 * found, not to the size of the patterns.
 */
interface PrefixIndex {
  /** Number of patterns and of prefixes when it was built. */
  patterns: number;
  prefixes: number;
  alternatives: Alternative[];
  groupsFrom: Int32Array;
  groups: Int32Array;
  startsFrom: Int32Array;
  starts: Int32Array;
  /** Per entry of `starts`: the next entry of another pattern (lists run in pattern order). */
  startsSkip: Int32Array;
  /** Alternative of each word group. */
  groupOwner: Int32Array;
  /** Per alternative: number of word groups, pattern index, index in the pattern, pattern size. */
  wordCount: Int32Array;
  patternOf: Int32Array;
  localOf: Int32Array;
  widthOf: Int32Array;
  /** Alternatives without a word to check: always open. */
  ungated: Int32Array;
  /** Per prefix, group and alternative: the scan that last touched it. */
  prefixSeen: Int32Array;
  groupSeen: Int32Array;
  /** The scan that found a word of the alternative; minus it once all its words were found. */
  altSeen: Int32Array;
  altWords: Int32Array;
}

let index: PrefixIndex | null = null;

/** Lists per prefix id in flat arrays (see `PrefixIndex`). */
function flatLists(lists: readonly number[][]): { from: Int32Array; list: Int32Array } {
  const from = new Int32Array(lists.length + 1);
  lists.forEach((l, id) => (from[id + 1] = from[id]! + l.length));
  return { from, list: Int32Array.from(lists.flat()) };
}

function prefixIndex(): PrefixIndex {
  const terms = registeredTerms();
  if (index !== null && index.patterns === terms.length && index.prefixes === prefixCount()) return index;
  const alternatives = terms.flatMap((t) => t.alternatives);
  const size = prefixCount();
  const groupsOf: number[][] = Array.from({ length: size }, () => []);
  const startsWith: number[][] = Array.from({ length: size }, () => []);
  const groupOwner: number[] = [];
  alternatives.forEach((alternative, a) => {
    for (const group of alternative.gate) {
      for (const id of group) groupsOf[id]!.push(groupOwner.length);
      groupOwner.push(a);
    }
    for (const id of alternative.starts ?? []) startsWith[id]!.push(a);
  });
  const groups = flatLists(groupsOf);
  const starts = flatLists(startsWith);
  const startsSkip = new Int32Array(starts.list.length);
  for (let id = 0; id < size; id += 1)
    for (let s = starts.from[id + 1]! - 1; s >= starts.from[id]!; s -= 1) {
      const next = s + 1 < starts.from[id + 1]! ? alternatives[starts.list[s + 1]!]! : undefined;
      startsSkip[s] = next?.pattern === alternatives[starts.list[s]!]!.pattern ? startsSkip[s + 1]! : s + 1;
    }
  index = {
    patterns: terms.length,
    prefixes: size,
    alternatives,
    groupsFrom: groups.from,
    groups: groups.list,
    startsFrom: starts.from,
    starts: starts.list,
    startsSkip,
    groupOwner: Int32Array.from(groupOwner),
    wordCount: Int32Array.from(alternatives, (a) => a.gate.length),
    patternOf: Int32Array.from(alternatives, (a) => a.pattern),
    localOf: Int32Array.from(alternatives, (a) => a.local),
    widthOf: Int32Array.from(alternatives, (a) => terms[a.pattern]!.alternatives.length),
    ungated: Int32Array.from(alternatives.flatMap((a, i) => (a.gate.length === 0 ? [i] : []))),
    prefixSeen: new Int32Array(size),
    groupSeen: new Int32Array(groupOwner.length),
    altSeen: new Int32Array(alternatives.length),
    altWords: new Int32Array(alternatives.length),
  };
  return index;
}

/** Where the results of a scan are kept until the next scan into the same slot. */
interface Slot {
  /** The number of the scan held. */
  owner: number;
  /** Per pattern: the scan in which some alternative was open. */
  open: Int32Array;
  /** Per pattern: the scan that gave it keys, where they begin in `keys`, and how many. */
  keyOwner: Int32Array;
  keyFrom: Int32Array;
  keyCount: Int32Array;
  /** Per pattern: the scan whose keys of it are sorted. */
  keySorted: Int32Array;
  /** Candidate starts: `offset * count + alternative` (count: its pattern's alternatives). */
  keys: Float64Array;
}

const slots: Slot[] = [];
let scans = 0;
// Keys of the scan in progress, with their patterns, before they are grouped by pattern.
let pendingKeys = new Float64Array(256);
let pendingPatterns = new Int32Array(256);
let touched = new Int32Array(64);

/** The result of `scanTerms`: valid while `isCurrent`. */
export interface TermScan {
  readonly slot: Slot;
  readonly number: number;
}

/** Whether the scan's results are still in its slot (and no pattern was compiled since). */
export function isCurrent(scan: TermScan): boolean {
  return scan.slot.owner === scan.number && scan.slot.open.length === registeredTerms().length;
}

function slotFor(n: number, patterns: number): Slot {
  let slot = slots[n];
  if (slot === undefined || slot.open.length !== patterns) {
    slot = {
      owner: 0,
      open: new Int32Array(patterns),
      keyOwner: new Int32Array(patterns),
      keyFrom: new Int32Array(patterns),
      keyCount: new Int32Array(patterns),
      keySorted: new Int32Array(patterns),
      keys: slot?.keys ?? new Float64Array(256),
    };
    slots[n] = slot;
  }
  return slot;
}

function grown<T extends Int32Array | Float64Array>(buffer: T, length: number): T {
  if (buffer.length >= length) return buffer;
  const out = new (buffer.constructor as new (n: number) => T)(Math.max(length, buffer.length * 2));
  out.set(buffer);
  return out;
}

/**
 * Which term patterns may match the lowercased `lower`, and where. The results stay valid until
 * the next scan into the same `slot` (a small number: one per text read in turn).
 */
export function scanTerms(lower: string, slotNumber = 0): TermScan {
  const x = prefixIndex();
  const { groupsFrom, groups, startsFrom, starts, startsSkip, groupOwner, wordCount } = x;
  const { patternOf, localOf, widthOf, prefixSeen, groupSeen, altSeen, altWords } = x;
  const slot = slotFor(slotNumber, x.patterns);
  const { open } = slot;
  const { count, at, ids } = scanPrefixes(lower);
  const stamp = ++scans;
  slot.owner = stamp;
  for (let k = 0; k < x.ungated.length; k += 1) {
    const a = x.ungated[k]!;
    altSeen[a] = -stamp;
    open[patternOf[a]!] = stamp;
  }
  // An alternative opens when every one of its word groups has a prefix in the text.
  for (let k = 0; k < count; k += 1) {
    const id = ids[k]!;
    if (prefixSeen[id] === stamp) continue;
    prefixSeen[id] = stamp;
    for (let g = groupsFrom[id]!, last = groupsFrom[id + 1]!; g < last; g += 1) {
      const group = groups[g]!;
      if (groupSeen[group] === stamp) continue;
      groupSeen[group] = stamp;
      const a = groupOwner[group]!;
      if (altSeen[a] !== stamp) {
        altSeen[a] = stamp;
        altWords[a] = 0;
      }
      if (++altWords[a]! === wordCount[a]) {
        altSeen[a] = -stamp;
        open[patternOf[a]!] = stamp;
      }
    }
  }
  // Candidate starts of open alternatives, in ascending offsets, counted per pattern.
  const { keyOwner, keyCount, keyFrom } = slot;
  let pending = 0;
  let nTouched = 0;
  for (let k = 0; k < count; k += 1) {
    const id = ids[k]!;
    for (let s = startsFrom[id]!, last = startsFrom[id + 1]!; s < last; s += 1) {
      const a = starts[s]!;
      const p = patternOf[a]!;
      if (open[p] !== stamp) {
        // None of this pattern's alternatives can match: on to the next pattern's entries.
        s = startsSkip[s]! - 1;
        continue;
      }
      if (altSeen[a] !== -stamp) continue;
      if (pending === pendingKeys.length) {
        pendingKeys = grown(pendingKeys, pending + 1);
        pendingPatterns = grown(pendingPatterns, pending + 1);
      }
      pendingKeys[pending] = at[k]! * widthOf[a]! + localOf[a]!;
      pendingPatterns[pending] = p;
      pending += 1;
      if (keyOwner[p] !== stamp) {
        keyOwner[p] = stamp;
        keyCount[p] = 0;
        if (nTouched === touched.length) touched = grown(touched, nTouched + 1);
        touched[nTouched++] = p;
      }
      keyCount[p] = keyCount[p]! + 1;
    }
  }
  // Grouped by pattern in the slot, each group in the order found.
  let from = 0;
  for (let t = 0; t < nTouched; t += 1) {
    const p = touched[t]!;
    keyFrom[p] = from;
    from += keyCount[p]!;
    keyCount[p] = 0;
  }
  const keys = (slot.keys = grown(slot.keys, pending));
  for (let k = 0; k < pending; k += 1) {
    const p = pendingPatterns[k]!;
    keys[keyFrom[p]! + keyCount[p]!] = pendingKeys[k]!;
    keyCount[p] = keyCount[p]! + 1;
  }
  return { slot, number: stamp };
}

/**
 * Whether a match of `pattern` may occur in the scanned text (current, see `isCurrent`): false only
 * when every alternative misses a word. True for patterns not made by `compileTerms`.
 */
export function mayMatch(pattern: RegExp, scan: TermScan): boolean {
  const terms = termsOf(pattern);
  return terms === undefined || scan.slot.open[terms.index] === scan.number;
}

/** `mayMatch` for a pattern whose terms are known (see `termsOf`). */
export function termsMayMatch(terms: Terms, scan: TermScan): boolean {
  return scan.slot.open[terms.index] === scan.number;
}

/** Whether `termMatches` can match `pattern`: made by `compileTerms`, every start literal. */
export function isAnchored(pattern: RegExp): boolean {
  return termsOf(pattern)?.anchored ?? false;
}

const NO_SPANS: readonly number[] = Object.freeze([]);

/**
 * Every match of an anchored pattern (see `isAnchored`) in `haystack`, as flat [start, end, start,
 * end, ...] in ascending order: the same matches as `matchesIn(pattern, haystack)`. For a caseless
 * pattern `haystack` is the lowercased text that was scanned (its lowercase twin runs), else the
 * original text, of the same length. The scan must be current (see `isCurrent`).
 */
export function termMatches(pattern: RegExp, scan: TermScan, haystack: string): readonly number[] {
  return matchTerms(termsOf(pattern)!, scan, haystack);
}

/** `termMatches` for a pattern whose terms are known (see `termsOf`). */
export function matchTerms(terms: Terms, scan: TermScan, haystack: string): readonly number[] {
  const { slot } = scan;
  const p = terms.index;
  if (slot.open[p] !== scan.number || slot.keyOwner[p] !== scan.number) return NO_SPANS;
  const { keys } = slot;
  const from = slot.keyFrom[p]!;
  const to = from + slot.keyCount[p]!;
  if (slot.keySorted[p] !== scan.number) {
    // Found by ascending offset; several alternatives at one offset may be out of order.
    sortRange(keys, from, to);
    slot.keySorted[p] = scan.number;
  }
  const { alternatives, letterGuard } = terms;
  const width = alternatives.length;
  let out: number[] | null = null;
  let resume = 0;
  for (let k = from; k < to;) {
    const at = Math.floor(keys[k]! / width);
    // The keys at this offset (several alternatives, or two prefixes of one: "no", "not"), in
    // ascending order of alternative (see sortRange).
    const first = k;
    while (k < to && Math.floor(keys[k]! / width) === at) k += 1;
    if (at < resume) continue;
    if (letterGuard ? letterBefore(haystack, at) : wordCharBefore(haystack, at)) continue;
    // The first alternative that matches here is the pattern's match here: alternatives without a
    // key here cannot match here (see prefix-gate.ts).
    for (let q = first; q < k; q += 1) {
      if (q > first && keys[q] === keys[q - 1]) continue;
      const alternative = alternatives[keys[q]! % width]!;
      const sticky = (alternative.sticky ??= new RegExp(alternative.source, 'uy'));
      sticky.lastIndex = at;
      if (!sticky.test(haystack)) continue;
      resume = sticky.lastIndex;
      (out ??= []).push(at, resume);
      break;
    }
  }
  return out ?? NO_SPANS;
}

/** Insertion sort of `keys[from..to)`: linear on the nearly sorted key lists. */
function sortRange(keys: Float64Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i += 1) {
    const key = keys[i]!;
    let j = i - 1;
    while (j >= from && keys[j]! > key) {
      keys[j + 1] = keys[j]!;
      j -= 1;
    }
    keys[j + 1] = key;
  }
}
