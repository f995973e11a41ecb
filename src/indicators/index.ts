import type { IndicatorDefinition } from './define.js';
import { indicator as appearsYoung } from './appears-young.js';
import { copiedText } from './copied-text.js';
import { indicator as distressedExpression } from './distressed-expression.js';
import { indicator as drugsOffered } from './drugs-offered.js';
import { indicator as explicitImages } from './explicit-images.js';
import { indicator as foreignNationality } from './foreign-nationality.js';
import { indicator as highRiskServices } from './high-risk-services.js';
import { indicator as languageBarrier } from './language-barrier.js';
import { indicator as lowPrice } from './low-price.js';
import { multiCityMovement } from './multi-city-movement.js';
import { indicator as newInTown } from './new-in-town.js';
import { indicator as noLimits } from './no-limits.js';
import { indicator as restrictedMovement } from './restricted-movement.js';
import { reusedImages } from './reused-images.js';
import { indicator as reviewDistress } from './review-distress.js';
import { indicator as reviewLanguageBarrier } from './review-language-barrier.js';
import { indicator as reviewThirdPartyControl } from './review-third-party-control.js';
import { indicator as rotatingWorkers } from './rotating-workers.js';
import { sharedContact } from './shared-contact.js';
import { indicator as thirdPartyVoice } from './third-party-voice.js';
import { indicator as unlimitedHours } from './unlimited-hours.js';
import { indicator as unprotectedServices } from './unprotected-services.js';
import { indicator as xFactor } from './x-factor.js';
import { indicator as youthEmphasis } from './youth-emphasis.js';

/**
 * Every indicator of the catalogue, in alphabetical order of id. Explicit on purpose (no file
 * globbing): a meta-test checks that each catalogue id has a file of that name and is listed here.
 */
export const indicators: readonly IndicatorDefinition[] = [
  appearsYoung,
  copiedText,
  distressedExpression,
  drugsOffered,
  explicitImages,
  foreignNationality,
  highRiskServices,
  languageBarrier,
  lowPrice,
  multiCityMovement,
  newInTown,
  noLimits,
  restrictedMovement,
  reusedImages,
  reviewDistress,
  reviewLanguageBarrier,
  reviewThirdPartyControl,
  rotatingWorkers,
  sharedContact,
  thirdPartyVoice,
  unlimitedHours,
  unprotectedServices,
  xFactor,
  youthEmphasis,
];

const byId = new Map(indicators.map((i) => [i.id, i]));

/** The indicator with this id, or undefined. */
export function getIndicator(id: string): IndicatorDefinition | undefined {
  return byId.get(id);
}
