import type { z } from 'zod';
import { ValidationError } from './errors.js';

/**
 * The `validate(schema)` step of every route: parses untrusted input with a zod schema or throws
 * a ValidationError (400) listing the issues. Issues name paths and reasons, never the values,
 * so a mistyped password is not echoed back or logged.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown, what = 'request'): z.output<S> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  throw new ValidationError(`invalid ${what}`, issues);
}
