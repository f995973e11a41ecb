import type { TextEvidence } from '../shared/types.js';
import type { TextField } from '../indicators/define.js';
import { mapSpan } from './reading-copy.js';

/** Evidence for a span of a field; the quote is always the exact slice. */
export function spanEvidence(
  field: Pick<TextField, 'path' | 'text' | 'written' | 'original'>,
  start: number,
  end: number,
): TextEvidence {
  if (field.original === undefined || field.written === undefined)
    return { field: field.path, start, end, quote: field.text.slice(start, end) };
  // Read in a reading copy: the evidence is the span as the ad wrote it.
  const span = mapSpan(field.original, start, end);
  return {
    field: field.path,
    start: span.start,
    end: span.end,
    quote: field.written.slice(span.start, span.end),
  };
}

/** Finds a field by path in a prepared ad's field list. */
export function fieldByPath<T extends { path: string }>(fields: readonly T[], path: string): T | undefined {
  return fields.find((f) => f.path === path);
}
