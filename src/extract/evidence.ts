import type { TextEvidence } from '../shared/types.js';
import type { TextField } from '../indicators/define.js';

/** Evidence for a span of a field; the quote is always the exact slice. */
export function spanEvidence(
  field: Pick<TextField, 'path' | 'text'>,
  start: number,
  end: number,
): TextEvidence {
  return { field: field.path, start, end, quote: field.text.slice(start, end) };
}

/** Finds a field by path in a prepared ad's field list. */
export function fieldByPath<T extends { path: string }>(fields: readonly T[], path: string): T | undefined {
  return fields.find((f) => f.path === path);
}
