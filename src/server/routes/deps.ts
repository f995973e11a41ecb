import type { ScoringConfig } from '../../indicators/scoring-config.js';
import type { Repository } from '../../store/repository.js';
import type { LoginThrottle } from '../auth/login-throttle.js';
import type { SessionRevocations } from '../auth/revocations.js';

/** Neutral facts about an indicator that the dashboard shows beside a flag. */
export interface IndicatorInfo {
  id: string;
  labels: { da: string; en: string };
  descriptions?: { da: string; en: string };
}

/** What route modules need from the server. */
export interface RouteDeps {
  repo: Repository;
  indicators: ReadonlyMap<string, IndicatorInfo>;
  /** Limits on POST /api/session against password guessing. */
  loginRateLimit: { max: number; timeWindow: number };
  /** Failed logins per account name, across addresses. */
  loginThrottle: LoginThrottle;
  revocations: SessionRevocations;
  /** Weights and thresholds for re-ranking an ad at once after an x-factor or photo-tag change. */
  scoring: ScoringConfig;
}

/** Current time as ISO string; one place so audit and notes agree. */
export function now(): string {
  return new Date().toISOString();
}
