import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigError, errorMessage } from '../shared/errors.js';
import { catalogueIds } from './catalogue.js';

/**
 * Scoring is configuration, not code: weights, level thresholds and the enabled indicators live in
 * a versioned JSON profile. Every stored score records `configVersion` (`version+hash8`), so an
 * edited file whose `version` was not bumped still records a different version.
 */

const knownIds: ReadonlySet<string> = new Set(catalogueIds);
const indicatorId = z.string().refine((id) => knownIds.has(id), { error: 'unknown indicator id' });

export const scoringProfileSchema = z
  .object({
    version: z.string().min(1),
    thresholds: z
      .object({ red: z.number().int().min(1), yellow: z.number().int().min(1) })
      .strict()
      .refine((t) => t.yellow <= t.red, { error: 'yellow threshold must not exceed red' }),
    weights: z.record(indicatorId, z.number().int().min(0).max(10)),
    /** Omitted: every indicator named in `weights` is enabled. */
    enabled: z.array(indicatorId).optional(),
  })
  .strict();

/** The profile as written in the JSON file. */
export type ScoringProfile = z.infer<typeof scoringProfileSchema>;

/** A loaded profile, ready for `scoreAd`. */
export interface ScoringConfig {
  version: string;
  thresholds: { red: number; yellow: number };
  weights: Readonly<Record<string, number>>;
  enabled: ReadonlySet<string>;
  /** sha256 (hex) of the profile's canonical JSON. */
  configHash: string;
  /** What stored results record: `${version}+${configHash.slice(0, 8)}`. */
  configVersion: string;
}

/** Path of the default profile shipped with the code. */
export const defaultProfilePath: string = fileURLToPath(new URL('./profiles/default.json', import.meta.url));

/** JSON with object keys sorted, so key order and whitespace do not change the hash. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Validates a parsed profile and computes its hash and recorded version. Throws ConfigError. */
export function parseScoringConfig(raw: unknown, source = 'scoring configuration'): ScoringConfig {
  const parsed = scoringProfileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid ${source}: ${issues}`);
  }
  const profile = parsed.data;
  const configHash = createHash('sha256').update(canonicalJson(profile)).digest('hex');
  const enabled = new Set(profile.enabled ?? Object.keys(profile.weights));
  return {
    version: profile.version,
    thresholds: { red: profile.thresholds.red, yellow: profile.thresholds.yellow },
    weights: { ...profile.weights },
    enabled,
    configHash,
    configVersion: `${profile.version}+${configHash.slice(0, 8)}`,
  };
}

/** Loads a profile file (default: the shipped `profiles/default.json`). Throws ConfigError. */
export function loadScoringConfig(path: string = defaultProfilePath): ScoringConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new ConfigError(`cannot read scoring configuration ${path}: ${errorMessage(cause)}`, { cause });
  }
  return parseScoringConfig(raw, `scoring configuration ${path}`);
}
