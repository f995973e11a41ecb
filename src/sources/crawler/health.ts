import type { AdInput } from '../../shared/types.js';

/**
 * Health of a crawl run: a site that changed its layout usually still answers 200, so the signs
 * are an empty harvest or detail pages that stop yielding the fields the adapter promises.
 */
export interface HealthInput {
  /** Ads seen in the run: listed entries plus ads parsed from detail pages. */
  adsSeen: number;
  detailPages: number;
  pagesMissingFields: number;
  failedListPages: number;
  /** Set when robots.txt could not be read and the site was treated as disallowed. */
  robotsProblem?: string | null;
}

export interface HealthResult {
  healthy: boolean;
  reasons: string[];
}

/** Share of detail pages that may miss a required field before the run counts as unhealthy. */
export const maxMissingFieldShare = 0.2;

export function evaluateHealth(input: HealthInput): HealthResult {
  const reasons: string[] = [];
  if (input.robotsProblem) reasons.push(`site treated as disallowed: ${input.robotsProblem}`);
  if (input.adsSeen === 0) reasons.push('the run extracted no ads (layout change, block or empty site?)');
  if (input.detailPages > 0) {
    const share = input.pagesMissingFields / input.detailPages;
    if (share > maxMissingFieldShare) {
      reasons.push(
        `${input.pagesMissingFields} of ${input.detailPages} detail pages (${Math.round(share * 100)} %) ` +
          `missed a required field (more than ${maxMissingFieldShare * 100} %)`,
      );
    }
  }
  if (input.failedListPages > 0) {
    reasons.push(`${input.failedListPages} list page(s) failed: no ad was marked gone in this run`);
  }
  return { healthy: reasons.length === 0, reasons };
}

/** Whether a field holds nothing: null, blank text or an empty list. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** Required fields that an ad parsed from a detail page lacks. */
export function missingRequiredFields(ad: AdInput, required: readonly (keyof AdInput)[]): (keyof AdInput)[] {
  return required.filter((field) => isEmptyValue(ad[field]));
}
