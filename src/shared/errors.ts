/**
 * Typed errors with stable codes. Crawl errors say whether a retry can help; the API error handler
 * maps codes to HTTP statuses. Never throw strings; wrap causes with `cause`.
 */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'INPUT_MALFORMED'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'VALIDATION'
  | 'CRAWL_RETRYABLE'
  | 'CRAWL_FATAL'
  | 'STORE';

export class OpsporError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** A malformed page, line, file or request: report it and skip it, the rest goes on. */
export class InputError extends OpsporError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('INPUT_MALFORMED', message, options);
  }
}

/** A crawl failure; `retry` says whether the crawler should try the request again. */
export class CrawlError extends OpsporError {
  readonly retry: boolean;
  constructor(message: string, retry: boolean, options?: { cause?: unknown }) {
    super(retry ? 'CRAWL_RETRYABLE' : 'CRAWL_FATAL', message, options);
    this.retry = retry;
  }
}

export class NotFoundError extends OpsporError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

export class ForbiddenError extends OpsporError {
  constructor(message = 'forbidden') {
    super('FORBIDDEN', message);
  }
}

export class ConfigError extends OpsporError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('CONFIG_INVALID', message, options);
  }
}

/** Message of any thrown value, for logs. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
