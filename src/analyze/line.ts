import type { Preparation } from '../extract/index.js';
import type { PreparedAd } from '../indicators/define.js';
import { combineIndicators, detectTextIndicatorsBatch } from '../indicators/engine.js';
import type { ScoringConfig } from '../indicators/scoring-config.js';
import { AD_BATCH } from '../shared/ad-batch.js';
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

/** One line of a batch read so far: blank, malformed, or an ad (prepared, then detected on). */
type ReadLine =
  | { kind: 'skip' }
  | { kind: 'malformed'; message: string }
  | { kind: 'ad'; ad: AdInput; prepared?: PreparedAd };

/** Parses one line (the extractors and detectors run later, over the batch). */
function readLine(line: string): ReadLine {
  if (line.trim() === '') return { kind: 'skip' };
  const parsed = parseAdLine(line);
  return parsed.ok ? { kind: 'ad', ad: parsed.ad } : { kind: 'malformed', message: parsed.message };
}

/** Prepares ads one by one with `prepare`, in the shape of `prepareAds`. */
export function oneByOne(prepare: (ad: AdInput) => PreparedAd): PrepareMany {
  return (ads) =>
    ads.map((ad) => {
      try {
        return { prepared: prepare(ad) };
      } catch (error) {
        return { error };
      }
    });
}

/** Prepares a batch of ads (see prepareAds). */
export type PrepareMany = (ads: readonly AdInput[]) => Preparation[];

/** Why an ad that parsed was skipped: what the extractors or a detector threw, scrubbed. */
function couldNotAnalyse(err: unknown): string {
  return `could not analyse ad: ${scrubText(errorMessage(err)).slice(0, 200)}`;
}

/** The line to write for an ad: its result line, or with a linker its interim line. */
function outputLine(
  ad: AdInput,
  prepared: PreparedAd,
  fired: FiredIndicator[],
  config: ScoringConfig,
  linking: boolean,
): string {
  const extracted = publishedFacts(prepared.facts);
  if (!linking) return resultLine(ad.id, combineIndicators(fired, config), null, extracted);
  const record: Interim = { id: ad.id, indicators: fired, extracted };
  return `${JSON.stringify(record)}\n`;
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
 * Parses, prepares and scores a batch of lines whose first is line `firstLineNo`, with the
 * detectors run over `AD_BATCH` ads at a time (see shared/ad-batch.ts). The lines in
 * `tooLong.lines` (empty in `lines`) are reported as malformed in their place; a line that does
 * not parse, or an ad that an extractor or detector fails on, is reported with its line number and
 * the rest goes on. With `linking`, writes interim lines and returns the prepared ads.
 */
export function analyzeBatch(
  lines: readonly string[],
  firstLineNo: number,
  config: ScoringConfig,
  prepareMany: PrepareMany,
  linking: boolean,
  tooLong?: TooLong,
): BatchOutcome & { text: string } {
  let kinds = '';
  const texts: string[] = [];
  const malformed: BatchOutcome['malformed'] = [];
  const prepared: PreparedAd[] = [];
  let nextTooLong = 0;
  for (let from = 0; from < lines.length; from += AD_BATCH) {
    const to = Math.min(lines.length, from + AD_BATCH);
    const read: ReadLine[] = [];
    const ads: AdInput[] = [];
    for (let i = from; i < to; i += 1) {
      const long = tooLong?.lines[nextTooLong];
      let r: ReadLine;
      if (long?.lineNo === firstLineNo + i) {
        r = { kind: 'malformed', message: tooLongMessage(long.bytes, tooLong!.maxLineBytes) };
        nextTooLong += 1;
      } else {
        r = readLine(lines[i]!);
      }
      if (r.kind === 'ad') ads.push(r.ad);
      read.push(r);
    }
    // Extractors over the batch's ads, then detectors over those that were prepared.
    const preparations = prepareMany(ads);
    const ready: PreparedAd[] = [];
    let a = 0;
    for (let k = 0; k < read.length; k += 1) {
      const r = read[k]!;
      if (r.kind !== 'ad') continue;
      const p = preparations[a++]!;
      if ('error' in p) read[k] = { kind: 'malformed', message: couldNotAnalyse(p.error) };
      else ready.push((r.prepared = p.prepared));
    }
    const detections = detectTextIndicatorsBatch(ready, config);
    let d = 0;
    read.forEach((r, k) => {
      if (r.kind === 'skip') return;
      const lineNo = firstLineNo + from + k;
      if (r.kind === 'malformed') {
        kinds += 'm';
        malformed.push({ lineNo, message: r.message });
        return;
      }
      const detection = detections[d++]!;
      if ('error' in detection) {
        kinds += 'm';
        malformed.push({ lineNo, message: couldNotAnalyse(detection.error) });
        return;
      }
      kinds += 'o';
      texts.push(outputLine(r.ad, r.prepared!, detection.fired, config, linking));
      if (linking) prepared.push(r.prepared!);
    });
  }
  return { kinds, text: texts.join(''), malformed, prepared };
}

/** Why a line over the limit was skipped, with both lengths in bytes. */
export function tooLongMessage(bytes: number, maxLineBytes: number): string {
  const n = (b: number): string => b.toLocaleString('en-US');
  return `line is ${n(bytes)} bytes long; one ad may take at most ${n(maxLineBytes)} bytes`;
}
