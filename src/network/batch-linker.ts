import type { BatchLinker, PreparedAd } from '../indicators/define.js';
import type { FiredIndicator } from '../shared/types.js';
import { adFeatures, type AdFeatures } from './features.js';
import { NetworkIndex } from './network-index.js';
import type { NetworkOptions } from './options.js';
import { OpsporError } from '../shared/errors.js';

/**
 * Cross-ad analysis of one batch: `add` keeps only each ad's compact features (no texts),
 * `finish` links them all at once, so cluster ids do not depend on the order of the input.
 */
class NetworkBatchLinker implements BatchLinker {
  private readonly index: NetworkIndex;
  private pending: AdFeatures[] = [];
  private finished = false;

  constructor(options: Partial<NetworkOptions>) {
    this.index = new NetworkIndex(options);
  }

  add(ad: PreparedAd): void {
    if (this.finished) throw new OpsporError('CONFLICT', 'BatchLinker.add called after finish');
    this.pending.push(adFeatures(ad, this.index.hasher, this.index.options.minCopyWords));
  }

  finish(): void {
    if (this.finished) return;
    this.index.addFeatures(this.pending);
    this.pending = [];
    this.finished = true;
  }

  resultFor(adId: string): { cluster: string | null; indicators: FiredIndicator[] } {
    if (!this.finished) this.finish();
    return { cluster: this.index.clusterOf(adId), indicators: this.index.indicatorsFor(adId) };
  }
}

/** A `BatchLinker` backed by a fresh `NetworkIndex` (see `NetworkOptions` for the settings). */
export function createBatchLinker(options: Partial<NetworkOptions> = {}): BatchLinker {
  return new NetworkBatchLinker(options);
}
