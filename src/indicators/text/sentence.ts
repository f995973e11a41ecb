/**
 * Sentence bounds around a match: a sentence ends at ".", "!", "?", a line break, or the NUL that
 * joins fields. Read by the review detectors and the refuted-claim check; each says how far it
 * looks, since texts can be long and a sentence seldom is.
 */
const SENTENCE_BREAKS = new Set([46, 33, 63, 10, 0]);

/** Start of the sentence holding `index`, looking back at most `maxBack` characters. */
export function sentenceStart(text: string, index: number, maxBack = Infinity): number {
  const stop = Math.max(0, index - maxBack);
  let i = index;
  while (i > stop && !SENTENCE_BREAKS.has(text.charCodeAt(i - 1))) i -= 1;
  return i;
}

/** End (exclusive) of the sentence holding `index`, looking ahead at most `maxAhead` characters. */
export function sentenceEnd(text: string, index: number, maxAhead = Infinity): number {
  const stop = Math.min(text.length, index + maxAhead);
  let i = index;
  while (i < stop && !SENTENCE_BREAKS.has(text.charCodeAt(i))) i += 1;
  return i;
}
