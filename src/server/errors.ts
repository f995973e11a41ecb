import type { FastifyError, FastifyInstance } from 'fastify';
import { OpsporError, type ErrorCode } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';

/** One issue of a rejected request: where (dotted path) and why. Never the rejected value. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** A request that failed its zod schema; answered with 400 and the issues. */
export class ValidationError extends OpsporError {
  readonly issues: ValidationIssue[];
  constructor(message: string, issues: ValidationIssue[]) {
    super('VALIDATION', message);
    this.issues = issues;
  }
}

/** No (valid) session: answered with 401. */
export class UnauthenticatedError extends OpsporError {
  constructor(message = 'login required') {
    super('UNAUTHENTICATED', message);
  }
}

/** The request collides with existing state (e.g. a taken username): answered with 409. */
export class ConflictError extends OpsporError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

/**
 * An /api route was registered without an entry in the policy table. This is a programming
 * error, so in tests it surfaces loudly as a 500; in production the request is simply denied.
 */
export class PolicyMissingError extends Error {
  readonly code = 'POLICY_MISSING';
}

const statusByCode: Record<ErrorCode, number> = {
  CONFIG_INVALID: 500,
  INPUT_MALFORMED: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  VALIDATION: 400,
  CRAWL_RETRYABLE: 500,
  CRAWL_FATAL: 500,
  STORE: 500,
};

/** Body of every error answer of the API. */
export interface ErrorBody {
  error: { code: string; message: string; issues?: ValidationIssue[] };
}

/** Codes for Fastify's own client errors (bad JSON, too large, rate limited, ...). */
function codeForStatus(status: number): string {
  if (status === 429) return 'RATE_LIMITED';
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  return status < 500 ? 'BAD_REQUEST' : 'INTERNAL';
}

/** Maps errors to `{ error: { code, message } }` with the right HTTP status. */
export function registerErrorHandler(app: FastifyInstance, log: Logger): void {
  app.setErrorHandler((err: unknown, request, reply) => {
    if (err instanceof ValidationError) {
      const body: ErrorBody = { error: { code: err.code, message: err.message, issues: err.issues } };
      return reply.status(400).send(body);
    }
    if (err instanceof OpsporError) {
      const status = statusByCode[err.code];
      if (status >= 500) log.error({ code: err.code, route: request.routeOptions.url }, err.message);
      // Internal details of server-side failures stay in the log.
      const message = status >= 500 ? 'internal error' : err.message;
      return reply.status(status).send({ error: { code: err.code, message } } satisfies ErrorBody);
    }
    if (err instanceof PolicyMissingError) {
      log.error({ route: request.routeOptions.url }, err.message);
      return reply.status(500).send({ error: { code: err.code, message: err.message } } satisfies ErrorBody);
    }
    const fastifyErr = err as Partial<FastifyError>;
    const status =
      typeof fastifyErr.statusCode === 'number' && fastifyErr.statusCode >= 400 ? fastifyErr.statusCode : 500;
    if (status >= 500) {
      log.error({ route: request.routeOptions.url, err: fastifyErr.message }, 'unhandled error');
      return reply
        .status(500)
        .send({ error: { code: 'INTERNAL', message: 'internal error' } } satisfies ErrorBody);
    }
    return reply.status(status).send({
      error: { code: codeForStatus(status), message: fastifyErr.message ?? 'bad request' },
    } satisfies ErrorBody);
  });
}
