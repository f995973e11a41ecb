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
 * The answers for the last few texts (`size`), for the free texts of the ad at hand, which several
 * extractors and detectors read one after the other. Found by `===` (the same string object
 * first, which is one comparison), so a text is never hashed: a Map look-up hashes each new ad
 * text in full (about a microsecond for a long ad), and nothing else needs that hash. The oldest
 * answer makes room for a new one.
 */
export class RecentTexts<V> {
  private readonly texts: (string | undefined)[];
  private readonly answers: (V | undefined)[];
  private next = 0;

  constructor(size: number) {
    this.texts = new Array<string | undefined>(size).fill(undefined);
    this.answers = new Array<V | undefined>(size).fill(undefined);
  }

  /** The kept answer for `text`, or undefined. */
  get(text: string): V | undefined {
    const texts = this.texts;
    for (let i = 0; i < texts.length; i++) if (texts[i] === text) return this.answers[i];
    return undefined;
  }

  /** Keeps `answer` for `text` (in place of the oldest) and returns it. */
  keep(text: string, answer: V): V {
    this.texts[this.next] = text;
    this.answers[this.next] = answer;
    this.next = (this.next + 1) % this.texts.length;
    return answer;
  }

  clear(): void {
    this.texts.fill(undefined);
    this.answers.fill(undefined);
  }
}
