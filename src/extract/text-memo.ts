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
