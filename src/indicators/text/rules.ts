import type { Evidence } from '../../shared/types.js';
import type { PreparedAd, TextField } from '../define.js';
import { evidenceFor, isContactField, isNegated, matchesIn, type NegationOptions } from './match.js';
import { isAnchored, isCurrent, mayMatch, scanTerms, termMatches, type TermScan } from './term-scan.js';
import { lowerVariant } from './terms.js';

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
  ad: PreparedAd;
  text: string;
  /** `text` lowercased, when lowercasing keeps every offset (almost always); else null. */
  lower: string | null;
  fields: TextField[];
  /** Offset of each field in `text`. */
  starts: number[];
  /** Which term patterns may match `lower`, and where (computed on first use). */
  scan: TermScan | null;
}

const SOURCES = { ad: 0, review: 1 } as const;

/** Term scan of the joined text; null when it could not be lowercased offset for offset. */
function termScan(j: JoinedFields, source: 'ad' | 'review'): TermScan | null {
  if (j.lower === null) return null;
  // A scan is kept until the next text of its source is scanned (see term-scan.ts).
  if (j.scan === null || !isCurrent(j.scan)) j.scan = scanTerms(j.lower, SOURCES[source]);
  return j.scan;
}

// The detectors read one ad after another, each source of it many times in a row: the last ad's
// joined fields are kept per source (a WeakMap per ad cost more than the joining).
const lastJoined: (JoinedFields | null)[] = [null, null];

function joined(ad: PreparedAd, source: 'ad' | 'review'): JoinedFields {
  const last = lastJoined[SOURCES[source]];
  if (last?.ad === ad) return last;
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
    ad,
    text,
    lower: lower.length === text.length ? lower : null,
    fields,
    starts,
    scan: null,
  };
  lastJoined[SOURCES[source]] = made;
  return made;
}

/** Index of the field that holds joined offset `index` (fields are few: a linear scan is fine). */
function fieldAt(j: JoinedFields, index: number): number {
  let i = 0;
  while (i + 1 < j.starts.length && j.starts[i + 1]! <= index) i += 1;
  return i;
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
  const scan = termScan(j, source);
  const found: Evidence[] = [];
  /** Joined offsets of the spans reported so far: start, end, start, end... */
  const taken: number[] = [];
  for (const rule of rules) {
    const { pattern } = rule;
    const wordStart = rule.anyStart !== true;
    if (scan !== null && wordStart && !mayMatch(pattern, scan)) continue;
    // Case-insensitive patterns run as their lowercase twins over the lowercased text (faster);
    // offsets are the same, and evidence quotes come from the original field text.
    const useLower = j.lower !== null && pattern.flags.includes('i');
    const haystack = useLower ? j.lower! : j.text;
    const spans =
      scan !== null && wordStart && isAnchored(pattern)
        ? termMatches(pattern, scan, haystack)
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

/** True when `pattern` (non-global) matches within `radius` characters around [start, end). */
export function near(text: string, start: number, end: number, pattern: RegExp, radius: number): boolean {
  const around = text.slice(Math.max(0, start - radius), start) + ' ' + text.slice(end, end + radius);
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
