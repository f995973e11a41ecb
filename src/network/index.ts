/** Public API of the network: contact index, near-copied text, photo hashes, clusters. */
export { createBatchLinker } from './batch-linker.js';
export { NetworkIndex, type AddResult } from './network-index.js';
export { defaultNetworkOptions, resolveNetworkOptions, type NetworkOptions } from './options.js';
export { differentPersons, type NetworkLink, type LinkType } from './cross-ad.js';
export { adFeatures, type AdFeatures } from './features.js';
export { computePhash, hammingDistance, parsePhash, type Phash64 } from './phash.js';
export { contactKeys, type ContactKey } from './contact-keys.js';
export { extractName, normaliseName } from './names.js';
export { canonicalCity } from './cities.js';
export { evaluateNetwork, scorePairs, type NetworkEvaluation } from './evaluate.js';
export type { SerialisedNetwork, SerialisedAd } from './serialise.js';
