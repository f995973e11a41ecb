import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { prepareAd } from '../extract/index.js';
import type { BatchLinker, PreparedAd } from '../indicators/define.js';
import { combineIndicators, detectTextIndicators } from '../indicators/engine.js';
import type { ScoringConfig } from '../indicators/scoring-config.js';
import { scrubText } from '../shared/logger.js';
import { errorMessage } from '../shared/errors.js';
import type { AdInput, FiredIndicator } from '../shared/types.js';
import { parseAdLine } from './input.js';
import { LineWriter, publishedFacts, resultLine, type ResultExtracted } from './output.js';

/** Progress of a run, reported every `progressEvery` ads and at the end of each pass. */
export interface AnalyzeProgress {
  /** 1: reading and scoring text; 2: merging cross-ad links (only with a linker). */
  pass: 1 | 2;
  read: number;
  written: number;
  malformed: number;
}

export interface AnalyzeOptions {
  input: Readable;
  output: Writable;
  config: ScoringConfig;
  /** Cross-ad analysis within the batch; without it the run streams in constant memory. */
  linker?: BatchLinker;
  onProgress?: (progress: AnalyzeProgress) => void;
  /** A skipped line: 1-based line number and a message that never quotes the line. */
  onMalformed?: (lineNo: number, message: string) => void;
  /** Ends `output` when done (default true; never for process.stdout/stderr). */
  endOutput?: boolean;
  /** Where the two-pass run keeps its interim file (default os.tmpdir()). */
  tmpDir?: string;
  progressEvery?: number;
  /** Replaces the extractor's prepareAd (tests, benchmarks). */
  prepare?: (ad: AdInput) => PreparedAd;
}

/** Counts of a run. The CLI exits non-zero when `read` is 0. */
export interface AnalyzeCounts {
  /** Ads read (valid lines). */
  read: number;
  /** Result lines written. */
  written: number;
  /** Lines skipped as malformed. */
  malformed: number;
}

/** What pass 1 keeps per ad for pass 2: no ad text beyond the evidence quotes. */
interface Interim {
  id: string;
  indicators: FiredIndicator[];
  extracted: ResultExtracted;
}

/**
 * Analyses a JSON Lines batch (shared/spec/analyze-format.md): one result line per valid input
 * line, in input order; malformed lines are reported and skipped. Without a linker each line is
 * scored and written before the next is read. With a linker, pass 1 scores text, feeds the linker
 * and writes compact interim lines to a temp file; pass 2 merges each ad's cluster and cross-ad
 * indicators and re-scores.
 */
export async function analyzeStream(options: AnalyzeOptions): Promise<AnalyzeCounts> {
  const { config, linker } = options;
  const prepare = options.prepare ?? prepareAd;
  const every = options.progressEvery ?? 1000;
  const counts: AnalyzeCounts = { read: 0, written: 0, malformed: 0 };
  const report = (pass: 1 | 2): void => options.onProgress?.({ pass, ...counts });

  const out = new LineWriter(options.output);
  let tempDir: string | null = null;
  let interim: LineWriter | null = null;
  let interimPath = '';
  if (linker) {
    tempDir = await mkdtemp(path.join(options.tmpDir ?? tmpdir(), 'opspor-analyze-'));
    interimPath = path.join(tempDir, 'interim.jsonl');
    // The interim file holds evidence quotes: readable by this user only, removed at the end.
    interim = new LineWriter(createWriteStream(interimPath, { encoding: 'utf8', mode: 0o600 }));
  }

  try {
    let lineNo = 0;
    const lines = createInterface({ input: options.input, crlfDelay: Infinity });
    for await (const line of lines) {
      lineNo += 1;
      if (line.trim() === '') continue;
      const parsed = parseAdLine(line);
      if (!parsed.ok) {
        counts.malformed += 1;
        options.onMalformed?.(lineNo, parsed.message);
        continue;
      }
      let prepared: PreparedAd;
      let fired: FiredIndicator[];
      try {
        prepared = prepare(parsed.ad);
        fired = detectTextIndicators(prepared, config);
      } catch (err) {
        counts.malformed += 1;
        options.onMalformed?.(lineNo, `could not analyse ad: ${scrubText(errorMessage(err)).slice(0, 200)}`);
        continue;
      }
      counts.read += 1;
      const extracted = publishedFacts(prepared.facts);
      if (linker && interim) {
        linker.add(prepared);
        const record: Interim = { id: parsed.ad.id, indicators: fired, extracted };
        await interim.write(`${JSON.stringify(record)}\n`);
      } else {
        await out.write(resultLine(parsed.ad.id, combineIndicators(fired, config), null, extracted));
        counts.written += 1;
      }
      if (counts.read % every === 0) report(1);
    }
    report(1);

    if (linker && interim) {
      await interim.end();
      linker.finish();
      const again = createInterface({ input: createReadStream(interimPath, { encoding: 'utf8' }), crlfDelay: Infinity });
      for await (const line of again) {
        if (line === '') continue;
        const record = JSON.parse(line) as Interim;
        const link = linker.resultFor(record.id);
        const scored = combineIndicators([...record.indicators, ...link.indicators], config);
        await out.write(resultLine(record.id, scored, link.cluster, record.extracted));
        counts.written += 1;
        if (counts.written % every === 0) report(2);
      }
      report(2);
    }

    const isStdio = options.output === process.stdout || options.output === process.stderr;
    if (options.endOutput !== false && !isStdio) await out.end();
    else await out.flush();
    return counts;
  } finally {
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
}
