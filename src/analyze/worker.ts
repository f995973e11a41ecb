import { parentPort, workerData } from 'node:worker_threads';
import { prepareAd } from '../extract/index.js';
import type { ScoringConfig } from '../indicators/scoring-config.js';
import { analyzeLine, type LineOutcome } from './line.js';

/**
 * Worker side of the analyze pool: receives batches of raw lines, answers with one outcome per
 * line in the same order. Parsing, extraction and detection all happen here, so the main thread
 * only splits lines and writes results.
 */
export interface WorkerBatch {
  seq: number;
  /** 1-based number of the first line of the batch. */
  firstLineNo: number;
  lines: string[];
}

export interface WorkerReply {
  seq: number;
  outcomes: LineOutcome[];
}

const { config, linking } = workerData as { config: ScoringConfig; linking: boolean };

parentPort?.on('message', (batch: WorkerBatch) => {
  const outcomes = batch.lines.map((line, i) =>
    analyzeLine(line, batch.firstLineNo + i, config, prepareAd, linking),
  );
  // Blank lines need no answer beyond their place; dropping them keeps the reply small.
  parentPort!.postMessage({
    seq: batch.seq,
    outcomes: outcomes.filter((o) => o.kind !== 'skip'),
  } satisfies WorkerReply);
});
