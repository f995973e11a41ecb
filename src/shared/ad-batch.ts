/**
 * How many ads the analysis reads together, one detector over all of them before the next
 * (see detectTextIndicatorsBatch). On this machine the work per ad is bound by memory, not by
 * arithmetic: each detector's compiled patterns and code, run once per ad between all the other
 * detectors', came back from main memory every time (the first try of a term pattern in an ad
 * took about a microsecond, a second try of the same pattern about 50 ns). Run over a batch, they
 * stay in the caches: 64 ads took 0.7 of the CPU of one ad at a time; 128 or more took more again,
 * as the batch's own texts and facts no longer fit.
 */
export const AD_BATCH = 64;

/**
 * How many recent texts the per-text caches keep (see RecentTexts): every free text of every ad of
 * a batch (title, text, reviews, their joined and lowercased forms), read again by later detectors.
 */
export const RECENT_TEXTS = AD_BATCH * 16;
