import type { Evidence } from '../../shared/types.js';
import type { PreparedAd, TextField } from '../define.js';
import {
  anyHit,
  evidenceFor,
  fieldsOf,
  isNegated,
  lowerVariant,
  matchesIn,
  prefixIdsOf,
  startsOf,
  type NegationOptions,
} from './match.js';
import { scanPrefixes, type PrefixScan } from './prefix-gate.js';

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
  /** Which term prefixes occur at word starts of `lower`, and where (computed on first use). */
  scan?: PrefixScan;
}

/** Prefix scan of the joined text; null when it could not be lowercased offset for offset. */
export function prefixScan(j: JoinedFields): PrefixScan | null {
  if (j.lower === null) return null;
  j.scan ??= scanPrefixes(j.lower);
  return j.scan;
}

const joinedCache = new WeakMap<PreparedAd, { ad?: JoinedFields; review?: JoinedFields }>();

function joined(ad: PreparedAd, source: 'ad' | 'review'): JoinedFields {
  let entry = joinedCache.get(ad);
  if (!entry) {
    entry = {};
    joinedCache.set(ad, entry);
  }
  const cached = entry[source];
  if (cached) return cached;
  const fields = fieldsOf(ad, source);
  const starts: number[] = [];
  let offset = 0;
  for (const f of fields) {
    starts.push(offset);
    offset += f.text.length + 1;
  }
  const text = fields.map((f) => f.text).join('\u0000');
  const lower = text.toLowerCase();
  const made: JoinedFields = { text, lower: lower.length === text.length ? lower : null, fields, starts };
  entry[source] = made;
  return made;
}

/** Index of the field that holds joined offset `index` (fields are few: a linear scan is fine). */
function fieldAt(j: JoinedFields, index: number): number {
  let i = 0;
  while (i + 1 < j.starts.length && j.starts[i + 1]! <= index) i += 1;
  return i;
}

/** What `detectWithRules` needs of a rule, worked out on its first use. */
interface RuleParts {
  /** The lowercase twin of a case-insensitive pattern (see `lowerVariant`); null when case-sensitive. */
  lower: RegExp | null;
  gate: readonly number[] | undefined;
  starts: readonly number[] | undefined;
}

const rulePartsCache = new WeakMap<TextRule, RuleParts>();

function partsOf(rule: TextRule): RuleParts {
  let parts = rulePartsCache.get(rule);
  if (!parts) {
    const ids = prefixIdsOf(rule.pattern);
    parts = {
      lower: rule.pattern.flags.includes('i') ? lowerVariant(rule.pattern) : null,
      gate: ids.gate,
      starts: ids.starts,
    };
    rulePartsCache.set(rule, parts);
  }
  return parts;
}

/**
 * Runs rules over the ad's fields of one source and returns evidence spans (empty: not fired).
 * Overlapping spans are reported once; offsets are relative to each field. A rule none of whose
 * literal prefixes occurs at a word start is skipped without running its regex (see prefix-gate).
 */
export function detectWithRules(
  ad: PreparedAd,
  source: 'ad' | 'review',
  rules: readonly TextRule[],
): Evidence[] {
  const j = joined(ad, source);
  if (j.text.length === 0) return [];
  const scan = prefixScan(j);
  const found: Evidence[] = [];
  const taken: [number, number][] = [];
  for (const rule of rules) {
    const parts = partsOf(rule);
    if (scan !== null && !anyHit(parts.gate, scan.hits)) continue;
    // Case-insensitive patterns run as their lowercase twins over the lowercased text (faster);
    // offsets are the same, and evidence quotes come from the original field text.
    const useLower = j.lower !== null && parts.lower !== null;
    const pattern = useLower ? parts.lower! : rule.pattern;
    const haystack = useLower ? j.lower! : j.text;
    // Where the scan knows every offset a match can begin at (word starts only), only those are
    // tried. The scan ran on the lowercased text, whose offsets and word starts are the text's.
    const starts = scan !== null && rule.anyStart !== true ? startsOf(parts.starts, scan) : null;
    for (const m of matchesIn(pattern, haystack, rule.anyStart !== true, starts)) {
      if (taken.some(([s, e]) => m.start < e && s < m.end)) continue;
      const index = fieldAt(j, m.start);
      const field = j.fields[index]!;
      if (rule.fields && !rule.fields(field)) continue;
      const base = j.starts[index]!;
      const start = m.start - base;
      const end = m.end - base;
      if (rule.negatable !== false && isNegated(field.text, start, end, rule.negation)) continue;
      if (
        rule.accept &&
        !rule.accept({ field, text: field.text, start, end, matched: field.text.slice(start, end), ad })
      )
        continue;
      taken.push([m.start, m.end]);
      found.push(evidenceFor({ field, start, end }));
      if (found.length >= MAX_EVIDENCE) return found;
    }
  }
  return found;
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
