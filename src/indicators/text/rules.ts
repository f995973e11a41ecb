import { AD_BATCH } from '../../shared/ad-batch.js';
import type { Evidence } from '../../shared/types.js';
import { lowerTwinText } from '../../extract/scan.js';
import type { PreparedAd, TextField } from '../define.js';
import {
  evidenceFor,
  isContactField,
  isNegated,
  matchesIn,
  type FieldMatch,
  type NegationOptions,
} from './match.js';
import { isCurrent, matchTerms, scanTerms, termsMayMatch, type TermScan } from './term-scan.js';
import { letterBefore, lowerVariant, termsOf, type Terms } from './terms.js';

/** What a rule sees of one candidate match. */
export interface MatchContext {
  field: TextField;
  /** The whole field text. */
  text: string;
  start: number;
  end: number;
  /** The matched text. */
  matched: string;
  ad: PreparedAd;
}

/**
 * One way an indicator can show in a field: a precompiled pattern, whether a preceding negation
 * cancels it, and an optional context check. Rules are data, so a detector reads as its list.
 */
export interface TextRule {
  pattern: RegExp;
  /** Default true: "no BB", "ingen stoffer" do not count. */
  negatable?: boolean;
  negation?: NegationOptions;
  /** Restricts the rule to some fields (e.g. services entries). */
  fields?: (field: TextField) => boolean;
  /** Extra check on the context of the match. */
  accept?: (ctx: MatchContext) => boolean;
  /** Matches may start inside a word (emoji patterns). */
  anyStart?: boolean;
}

/** Most evidence spans kept per indicator: enough to show why, little enough to read. */
const MAX_EVIDENCE = 3;

/**
 * The fields of one source joined into one string, separated by NUL (which no pattern crosses and
 * which ends a clause), so each rule runs once per ad instead of once per field.
 */
interface JoinedFields {
  text: string;
  /** `text` lowercased, when lowercasing keeps every offset (almost always); else null. */
  lower: string | null;
  fields: TextField[];
  /** Offset of each field in `text`. */
  starts: number[];
  /** Which term patterns may match `lower`, and where (computed on first use). */
  scan: TermScan | null;
  /** The term-scan slot of this text (see term-scan.ts). */
  slot: number;
}

const SOURCES = { ad: 0, review: 1 } as const;

/** Term scan of the joined text; null when it could not be lowercased offset for offset. */
function termScan(j: JoinedFields): TermScan | null {
  if (j.lower === null) return null;
  // A scan is kept until the next text is scanned into its slot (see term-scan.ts).
  if (j.scan === null || !isCurrent(j.scan)) j.scan = scanTerms(j.lower, j.slot);
  return j.scan;
}

// The detectors read a batch of ads detector by detector (see shared/ad-batch.ts), each source of
// each ad many times: an ad keeps its joined fields on itself (a WeakMap per ad cost more than the
// joining), and the term scans of the ads of a batch keep a slot each, two per ad.
const JOINED = Symbol('joined');
interface AdJoined {
  /** The ad's place among the last `AD_BATCH` ads read: its slots are 2 × place + source. */
  place: number;
  sources: [JoinedFields | null, JoinedFields | null];
}
type WithJoined = PreparedAd & { [JOINED]?: AdJoined };
let adsJoined = 0;

function joined(ad: PreparedAd, source: 'ad' | 'review'): JoinedFields {
  const own = ad as WithJoined;
  let kept = own[JOINED];
  if (kept === undefined) {
    adsJoined = (adsJoined + 1) % AD_BATCH;
    kept = own[JOINED] = { place: adsJoined, sources: [null, null] };
  }
  const last = kept.sources[SOURCES[source]];
  if (last) return last;
  const fields: TextField[] = [];
  const starts: number[] = [];
  let text = '';
  for (const f of ad.fields) {
    if (f.source !== source || f.text.length === 0 || isContactField(f)) continue;
    if (fields.length > 0) text += '\u0000';
    starts.push(text.length);
    fields.push(f);
    text += f.text;
  }
  const lower = text.toLowerCase();
  const made: JoinedFields = {
    text,
    lower: lower.length === text.length ? lower : null,
    fields,
    starts,
    scan: null,
    slot: 2 * kept.place + SOURCES[source],
  };
  kept.sources[SOURCES[source]] = made;
  return made;
}

/** Index of the field that holds joined offset `index` (fields are few: a linear scan is fine). */
function fieldAt(j: JoinedFields, index: number): number {
  let i = 0;
  while (i + 1 < j.starts.length && j.starts[i + 1]! <= index) i += 1;
  return i;
}

/** What the rule loop needs of each rule's pattern, looked up once per list of rules. */
interface RulePattern {
  /** Its term pattern, when it is one (see `termsOf`). */
  terms: Terms | null;
  caseless: boolean;
}

const rulePatterns = new WeakMap<readonly TextRule[], readonly RulePattern[]>();

function patternsOf(rules: readonly TextRule[]): readonly RulePattern[] {
  let known = rulePatterns.get(rules);
  if (known === undefined) {
    known = rules.map((rule) => {
      const terms = termsOf(rule.pattern);
      return { terms: terms ?? null, caseless: rule.pattern.flags.includes('i') };
    });
    rulePatterns.set(rules, known);
  }
  return known;
}

/**
 * Runs rules over the ad's fields of one source and returns evidence spans (empty: not fired).
 * Overlapping spans are reported once; offsets are relative to each field. Term patterns run only
 * where the prefix scan says they may match (see terms.ts); other patterns run over the whole text.
 */
export function detectWithRules(
  ad: PreparedAd,
  source: 'ad' | 'review',
  rules: readonly TextRule[],
): Evidence[] {
  const j = joined(ad, source);
  if (j.text.length === 0) return [];
  const scan = termScan(j);
  const found: Evidence[] = [];
  /** Joined offsets of the spans reported so far: start, end, start, end... */
  const taken: number[] = [];
  const patterns = patternsOf(rules);
  for (let r = 0; r < rules.length; r += 1) {
    const rule = rules[r]!;
    const { pattern } = rule;
    const { terms, caseless } = patterns[r]!;
    const wordStart = rule.anyStart !== true;
    const scanned = scan !== null && wordStart && terms !== null;
    if (scanned && !termsMayMatch(terms, scan)) continue;
    // Only where every start is literal can the scan say where to try (see `isAnchored`).
    // Case-insensitive patterns run as their lowercase twins over the lowercased text (faster);
    // offsets are the same, and evidence quotes come from the original field text.
    const useLower = j.lower !== null && caseless;
    const haystack = useLower ? j.lower! : j.text;
    const spans =
      scanned && terms.anchored
        ? matchTerms(terms, scan, haystack)
        : spansOf(useLower ? lowerVariant(pattern) : pattern, haystack, wordStart);
    for (let s = 0; s < spans.length; s += 2) {
      const mStart = spans[s]!;
      const mEnd = spans[s + 1]!;
      if (overlaps(taken, mStart, mEnd)) continue;
      const index = fieldAt(j, mStart);
      const field = j.fields[index]!;
      if (rule.fields && !rule.fields(field)) continue;
      const base = j.starts[index]!;
      const start = mStart - base;
      const end = mEnd - base;
      if (rule.negatable !== false && isNegated(field.text, start, end, rule.negation)) continue;
      if (
        rule.accept &&
        !rule.accept({ field, text: field.text, start, end, matched: field.text.slice(start, end), ad })
      )
        continue;
      taken.push(mStart, mEnd);
      found.push(evidenceFor({ field, start, end }));
      if (found.length >= MAX_EVIDENCE) return found;
    }
  }
  return found;
}

const NO_MATCHES: readonly FieldMatch[] = Object.freeze([]);

/**
 * Every match of a term pattern in the ad's own fields whose path is in `paths`, in field order,
 * offsets in the field: what `matchesIn` finds in each field's lower-case twin (see lowerTwinText;
 * in its text for a case-sensitive pattern), read from the term scan that the rules share. A field
 * without a twin, or an ad that could not be scanned, runs the pattern over the field itself.
 * For detectors that read some fields on their own.
 */
export function fieldMatches(
  ad: PreparedAd,
  pattern: RegExp,
  paths: ReadonlySet<string>,
): readonly FieldMatch[] {
  const j = joined(ad, 'ad');
  const scan = j.text.length === 0 ? null : termScan(j);
  const caseless = pattern.ignoreCase;
  const terms = termsOf(pattern);
  const spans =
    scan !== null && terms?.anchored === true ? matchTerms(terms, scan, caseless ? j.lower! : j.text) : null;
  let out: FieldMatch[] | null = null;
  let s = 0;
  for (let k = 0; k < j.fields.length; k += 1) {
    const field = j.fields[k]!;
    if (!paths.has(field.path)) continue;
    const base = j.starts[k]!;
    const lower = caseless ? lowerTwinText(field.text) : null;
    if (spans !== null && (lower !== null || !caseless)) {
      // The joined text lowercases this field to its twin: the spans are its matches.
      while (s < spans.length && spans[s]! < base) s += 2;
      for (const end = base + field.text.length; s < spans.length && spans[s]! < end; s += 2)
        (out ??= []).push({ field, start: spans[s]! - base, end: spans[s + 1]! - base });
      continue;
    }
    // "ſ", "Σ" or a letter whose lower case is longer: as /iu reads the field itself.
    for (const m of matchesIn(lower === null ? pattern : lowerVariant(pattern), lower ?? field.text))
      (out ??= []).push({ field, start: m.start, end: m.end });
  }
  return out ?? NO_MATCHES;
}

/** The matches of `matchesIn` as flat [start, end, ...]. */
function spansOf(pattern: RegExp, text: string, guardStart: boolean): number[] {
  const out: number[] = [];
  for (const m of matchesIn(pattern, text, guardStart)) out.push(m.start, m.end);
  return out;
}

function overlaps(taken: readonly number[], start: number, end: number): boolean {
  for (let k = 0; k < taken.length; k += 2) if (start < taken[k + 1]! && taken[k]! < end) return true;
  return false;
}

/**
 * True when `pattern` (non-global) matches within `radius` characters around [start, end). A word
 * cut by the window's edge is left out, so that its tail or head is no word of its own: "Cristina"
 * 40 characters before a match is not "tina", "festival" after it is not "fest".
 */
export function near(text: string, start: number, end: number, pattern: RegExp, radius: number): boolean {
  let from = Math.max(0, start - radius);
  while (from < start && from > 0 && letterBefore(text, from) && letterBefore(text, from + 1)) from++;
  let to = Math.min(text.length, end + radius);
  while (to > end && to < text.length && letterBefore(text, to + 1) && letterBefore(text, to)) to--;
  const around = text.slice(from, start) + ' ' + text.slice(end, to);
  return pattern.test(around);
}

/** The text that follows a match up to `length` characters. */
export function after(ctx: MatchContext, length: number): string {
  return ctx.text.slice(ctx.end, ctx.end + length);
}

/** The text that precedes a match, up to `length` characters. */
export function before(ctx: MatchContext, length: number): string {
  return ctx.text.slice(Math.max(0, ctx.start - length), ctx.start);
}

export { isListField } from './match.js';
