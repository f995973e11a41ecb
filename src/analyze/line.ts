import type { PreparedAd } from '../indicators/define.js';
import { combineIndicators, detectTextIndicators } from '../indicators/engine.js';
import type { ScoringConfig } from '../indicators/scoring-config.js';
import { errorMessage } from '../shared/errors.js';
import { scrubText } from '../shared/scrub.js';
import type { AdInput, FiredIndicator } from '../shared/types.js';
import { parseAdLine } from './input.js';
import type { TooLongLine } from './line-batches.js';
import { publishedFacts, resultLine, type ResultExtracted } from './output.js';

/** What pass 1 keeps per ad for pass 2: no ad text beyond the evidence quotes. */
export interface Interim {
  id: string;
  indicators: FiredIndicator[];
  extracted: ResultExtracted;
}

/**
 * The outcome of one input line, the same on the main thread and in a worker:
 * `skip` for blank lines, `malformed` with a message that never quotes the line, or `ok` with the
 * text to write (a result line, or with a linker an interim line) and the prepared ad for the linker.
 */
export type LineOutcome =
  | { kind: 'skip' }
  | { kind: 'malformed'; lineNo: number; message: string }
  | { kind: 'ok'; out: string; prepared?: PreparedAd };

/** Parses, prepares and scores one line. With `linking`, returns an interim line and the prepared ad. */
export function analyzeLine(
  line: string,
  lineNo: number,
  config: ScoringConfig,
  prepare: (ad: AdInput) => PreparedAd,
  linking: boolean,
): LineOutcome {
  if (line.trim() === '') return { kind: 'skip' };
  const parsed = parseAdLine(line);
  if (!parsed.ok) return { kind: 'malformed', lineNo, message: parsed.message };
  let prepared: PreparedAd;
  let fired: FiredIndicator[];
  try {
    prepared = prepare(parsed.ad);
    fired = detectTextIndicators(prepared, config);
  } catch (err) {
    return {
      kind: 'malformed',
      lineNo,
      message: `could not analyse ad: ${scrubText(errorMessage(err)).slice(0, 200)}`,
    };
  }
  const extracted = publishedFacts(prepared.facts);
  if (!linking)
    return { kind: 'ok', out: resultLine(parsed.ad.id, combineIndicators(fired, config), null, extracted) };
  const record: Interim = { id: parsed.ad.id, indicators: fired, extracted };
  return { kind: 'ok', out: `${JSON.stringify(record)}\n`, prepared };
}

/**
 * The outcomes of a batch of lines in a compact form for passing between threads: the output lines
 * joined into one string (one string clones far faster than hundreds of small objects), and per
 * non-blank line one letter saying whether it was a valid ad (`o`) or malformed (`m`), so the
 * receiver can replay counts, progress and malformed reports in input order.
 */
export interface BatchOutcome {
  kinds: string;
  /** Output lines of the valid ads, in input order; UTF-8 bytes when a worker got bytes. */
  text: string | Uint8Array<ArrayBuffer>;
  malformed: { lineNo: number; message: string }[];
  /** With linking: the prepared ads, in input order. */
  prepared: PreparedAd[];
}

/** A line left out by `lineBatches` for its length: the message that reports it. */
export interface TooLong {
  lines: readonly TooLongLine[];
  maxLineBytes: number;
}

/**
 * `analyzeLine` over a batch of lines whose first is line `firstLineNo`. The lines in
 * `tooLong.lines` (empty in `lines`) are reported as malformed in their place.
 */
export function analyzeBatch(
  lines: readonly string[],
  firstLineNo: number,
  config: ScoringConfig,
  prepare: (ad: AdInput) => PreparedAd,
  linking: boolean,
  tooLong?: TooLong,
): BatchOutcome & { text: string } {
  let kinds = '';
  const texts: string[] = [];
  const malformed: BatchOutcome['malformed'] = [];
  const prepared: PreparedAd[] = [];
  let nextTooLong = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const lineNo = firstLineNo + i;
    const long = tooLong?.lines[nextTooLong];
    let o: LineOutcome;
    if (long?.lineNo === lineNo) {
      o = { kind: 'malformed', lineNo, message: tooLongMessage(long.bytes, tooLong!.maxLineBytes) };
      nextTooLong += 1;
    } else {
      o = analyzeLine(lines[i]!, lineNo, config, prepare, linking);
    }
    if (o.kind === 'skip') continue;
    if (o.kind === 'malformed') {
      kinds += 'm';
      malformed.push({ lineNo: o.lineNo, message: o.message });
      continue;
    }
    kinds += 'o';
    texts.push(o.out);
    if (o.prepared) prepared.push(o.prepared);
  }
  return { kinds, text: texts.join(''), malformed, prepared };
}

/** Why a line over the limit was skipped, with both lengths in bytes. */
export function tooLongMessage(bytes: number, maxLineBytes: number): string {
  const n = (b: number): string => b.toLocaleString('en-US');
  return `line is ${n(bytes)} bytes long; one ad may take at most ${n(maxLineBytes)} bytes`;
}
