import type { PreparedAd } from '../define.js';

/** First person anywhere: "jeg", "mig", "min/mit/mine" (not "30 min"), "I am", "I'm", "me", "my". */
export const FIRST_PERSON =
  /(?<![\p{L}])(?:jeg|mig|mit|mine|me|my|myself|i(?:'|’)(?:m|d|ll|ve)|im)(?![\p{L}])|(?<![\p{L}])(?<!\d\s?)min(?![\p{L}.)])|(?<![\p{L}])i (?:am|have|had|will|would|can|do|don't|love|like|offer|speak|want|was|live|work|give|enjoy|look|wait|accept|receive|only|also|really|never|always|promise|hope|make|know|take|provide|need|welcome|invite|come|travel)(?![\p{L}])/iu;

/** Whether any of the ad's own fields (not its reviews) speaks as "I"/"jeg" (see FIRST_PERSON). */
export function speaksAsI(ad: PreparedAd): boolean {
  return ad.fields.some((f) => f.source === 'ad' && FIRST_PERSON.test(f.text));
}
