import { parentPort, workerData } from 'node:worker_threads';
import { prepareAds } from '../extract/index.js';
import type { ScoringConfig } from '../indicators/scoring-config.js';
import { batchText, splitLines } from './line-batches.js';
import { analyzeBatch, type BatchOutcome, type TooLong } from './line.js';

/**
 * Worker side of the analyze pool: receives batches of raw lines (one string, or its UTF-8 bytes,
 * per batch), answers with the batch's outcome (see BatchOutcome). Decoding, parsing, extraction,
 * detection and serialising all happen here, so the main thread only cuts batches and writes
 * results.
 */
export interface WorkerBatch {
  seq: number;
  /** 1-based number of the first line of the batch. */
  firstLineNo: number;
  /** The batch's lines joined by "\n", as UTF-8 bytes (see LineBatch). */
  text: Uint8Array<ArrayBuffer>;
  /** Lines left out for their length (empty in `text`), when there are any. */
  tooLong?: TooLong;
}

export interface WorkerReply {
  seq: number;
  outcome: WorkerOutcome;
}

/** A batch's outcome as a worker sends it: its output lines always as UTF-8 bytes. */
export type WorkerOutcome = BatchOutcome & { text: Uint8Array<ArrayBuffer> };

/** Sent once the worker has loaded, before any reply: the pool then knows it started. */
export interface WorkerReady {
  ready: true;
}

const { config, linking } = workerData as { config: ScoringConfig; linking: boolean };
const encoder = new TextEncoder();

parentPort?.postMessage({ ready: true } satisfies WorkerReady);

parentPort?.on('message', (batch: WorkerBatch) => {
  const outcome = analyzeBatch(
    splitLines(batchText(batch.text)),
    batch.firstLineNo,
    config,
    prepareAds,
    linking,
    batch.tooLong,
  );
  // Bytes in, bytes out: the main thread writes them as they are. The UTF-8 encoding that the
  // output stream did there is done here, and no string is cloned between threads.
  const bytes = encoder.encode(outcome.text);
  parentPort!.postMessage({ seq: batch.seq, outcome: { ...outcome, text: bytes } } satisfies WorkerReply, [
    bytes.buffer,
  ]);
});
