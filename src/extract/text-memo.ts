import { RECENT_TEXTS } from '../shared/ad-batch.js';

/**
 * Answers kept per text, all forgotten at once when `limit` are kept: a Map look-up on the hot path
 * and no bookkeeping per hit. Ads repeat texts (one field read by several extractors and detectors
 * in a row, structured values such as "Dansk" or "Striptease" shared by many ads); the limit keeps
 * a stream of millions of ads at constant memory.
 */
export class TextMemo<V> {
  private readonly answers = new Map<string, V>();
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** The kept answer for `text`, or undefined. */
  get(text: string): V | undefined {
    return this.answers.get(text);
  }

  /** Keeps `answer` for `text` and returns it. */
  keep(text: string, answer: V): V {
    if (this.answers.size >= this.limit) this.answers.clear();
    this.answers.set(text, answer);
    return answer;
  }

  clear(): void {
    this.answers.clear();
  }
}

/**
 * The answers for the last `size` texts, for the free texts of the ads at hand, which several
 * extractors and detectors read one after the other, over a batch of ads (see shared/ad-batch.ts).
 * A Map look-up hashes a text once: V8 keeps a string's hash in the string, so the later look-ups
 * of the same text by other extractors cost no more than for a short one. The oldest answer makes
 * room for a new one.
 */
export class RecentTexts<V> {
  private readonly answers = new Map<string, V>();
  private readonly size: number;

  constructor(size = RECENT_TEXTS) {
    this.size = size;
  }

  /** The kept answer for `text`, or undefined. */
  get(text: string): V | undefined {
    return this.answers.get(text);
  }

  /** Keeps `answer` for `text` (in place of the oldest) and returns it. */
  keep(text: string, answer: V): V {
    const answers = this.answers;
    if (answers.size >= this.size && !answers.has(text)) answers.delete(answers.keys().next().value!);
    answers.set(text, answer);
    return answer;
  }

  clear(): void {
    this.answers.clear();
  }
}
