import { parseAdLine } from '../analyze/input.js';
import type { AdInput } from '../shared/types.js';
import type { AdChange, RecordAdInput, RecordOutcome, Repository } from '../store/repository.js';

/**
 * Imports ads given as batch-format lines (shared/spec/analyze-format.md), such as exports of
 * another scraper, into the store, as a crawl would have recorded them: versions, reviews and
 * history by (site, site ad id). A batch of ads is recorded in one transaction (one commit per
 * batch instead of one per ad: on a large store the commits were most of the cost). A malformed
 * line, or an ad the store refuses, is reported and skipped; the rest is imported.
 */

/** Ads recorded per transaction. */
export const IMPORT_BATCH = 500;

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * An ad as the store records it. The site is `site`, else the part of the id before ":" (the
 * batch format's "site-a:48213"), else "import"; the site's own id is the rest of the id. Photos
 * are kept by their SHA-256 when the line gives one (the image bytes are not imported).
 */
export function recordInputOf(ad: AdInput, seenAt: string): RecordAdInput {
  const colon = ad.id.indexOf(':');
  const prefix = colon > 0 ? ad.id.slice(0, colon) : null;
  const siteId = ad.site ?? prefix ?? 'import';
  const siteAdId = prefix !== null && prefix === siteId ? ad.id.slice(colon + 1) : ad.id;
  const { id: _id, site: _site, images, reviews, ...fields } = ad;
  const photoHashes = (images ?? [])
    .map((img) => img.sha256?.toLowerCase())
    .filter((h): h is string => h !== undefined && SHA256.test(h));
  return {
    siteId,
    siteAdId,
    url: ad.url ?? '',
    seenAt,
    runId: null,
    snapshot: { ...fields, photoHashes },
    ...(reviews && reviews.length > 0 ? { reviews } : {}),
  };
}

export interface ImportResult {
  /** Non-blank lines read. */
  lines: number;
  changes: Record<AdChange, number>;
  malformed: number;
  refused: number;
}

export interface ImportOptions {
  /** When the ads were seen (default: now). */
  seenAt?: string;
  onMalformed?: (lineNo: number, message: string) => void;
  onRefused?: (lineNo: number, id: string, message: string) => void;
  onProgress?: (result: ImportResult) => void;
}

/** Records batch-format lines into the store (see the module comment). */
export async function importAdLines(
  repo: Repository,
  lines: AsyncIterable<string> | Iterable<string>,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const seenAt = options.seenAt ?? new Date().toISOString();
  const result: ImportResult = {
    lines: 0,
    changes: { new: 0, changed: 0, unchanged: 0, returned: 0 },
    malformed: 0,
    refused: 0,
  };
  let batch: { lineNo: number; id: string; input: RecordAdInput }[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const outcomes: RecordOutcome[] = await repo.recordAds(batch.map((b) => b.input));
    outcomes.forEach((o, n) => {
      if ('error' in o) {
        result.refused += 1;
        options.onRefused?.(batch[n]!.lineNo, batch[n]!.id, o.error);
      } else result.changes[o.change] += 1;
    });
    batch = [];
    options.onProgress?.(result);
  };
  let lineNo = 0;
  for await (const line of lines) {
    lineNo += 1;
    if (line.trim() === '') continue;
    result.lines += 1;
    const parsed = parseAdLine(line);
    if (!parsed.ok) {
      result.malformed += 1;
      options.onMalformed?.(lineNo, parsed.message);
      continue;
    }
    batch.push({ lineNo, id: parsed.ad.id, input: recordInputOf(parsed.ad, seenAt) });
    if (batch.length >= IMPORT_BATCH) await flush();
  }
  await flush();
  return result;
}
