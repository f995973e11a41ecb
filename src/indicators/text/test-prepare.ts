import { prepareAd } from '../../extract/index.js';
import type { AdInput } from '../../shared/types.js';
import type { PreparedAd } from '../define.js';

/**
 * The `prepareAd` indicator tests use: the extractor's own, so examples run against the real
 * field list and facts (a local stand-in served only until `src/extract` existed).
 */
export const prepareForTests: (ad: AdInput) => PreparedAd = prepareAd;
