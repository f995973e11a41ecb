import { parentPort, workerData } from 'node:worker_threads';
import { prepareAd } from '../extract/index.js';
import type { ScoringConfig } from '../indicators/scoring-config.js';
import { splitLines } from './line-batches.js';
import { analyzeBatch, type BatchOutcome } from './line.js';

/**
 * Worker side of the analyze pool: receives batches of raw lines (one string per batch), answers with the batch's outcome
 * (see BatchOutcome). Parsing, extraction, detection and serialising all happen here, so the main
 * thread only splits lines and writes results.
 */
export interface WorkerBatch {
  seq: number;
  /** 1-based number of the first line of the batch. */
  firstLineNo: number;
  /** The batch's lines joined by "\n" (see LineBatch). */
  text: string;
}

export interface WorkerReply {
  seq: number;
  outcome: BatchOutcome;
}

const { config, linking } = workerData as { config: ScoringConfig; linking: boolean };

parentPort?.on('message', (batch: WorkerBatch) => {
  const outcome = analyzeBatch(splitLines(batch.text), batch.firstLineNo, config, prepareAd, linking);
  parentPort!.postMessage({ seq: batch.seq, outcome } satisfies WorkerReply);
});
