import { describe, expect, it } from 'vitest';
import { copiedText, copiedTextGroups } from '../indicators/copied-text.js';
import { multiCityMovement, multiCityMovementGroups } from '../indicators/multi-city-movement.js';
import { reusedImages, reusedImagesGroups } from '../indicators/reused-images.js';
import { sharedContact, sharedContactGroups } from '../indicators/shared-contact.js';
import type { ExampleGroups } from './example-groups.js';
import { firedOnSubject } from './test-helpers.js';

const cases: [string, ExampleGroups][] = [
  [sharedContact.id, sharedContactGroups],
  [copiedText.id, copiedTextGroups],
  [reusedImages.id, reusedImagesGroups],
  [multiCityMovement.id, multiCityMovementGroups],
];

describe.each(cases)('%s examples', (id, groups) => {
  it('has at least three positive and three negative groups', () => {
    expect(groups.positive.length).toBeGreaterThanOrEqual(3);
    expect(groups.negative.length).toBeGreaterThanOrEqual(3);
  });
  it.each(groups.positive.map((g) => [g.note, g] as const))('fires: %s', (_note, group) => {
    expect(firedOnSubject(group)).toContain(id);
  });
  it.each(groups.negative.map((g) => [g.note, g] as const))('does not fire: %s', (_note, group) => {
    expect(firedOnSubject(group)).not.toContain(id);
  });
});

describe('cross-ad definitions', () => {
  it('are declared as cross-ad without a detector', () => {
    for (const def of [sharedContact, copiedText, reusedImages, multiCityMovement]) {
      expect(def.kind).toBe('cross-ad');
      expect(def.detect).toBeUndefined();
      expect(def.examples.positive.length).toBeGreaterThanOrEqual(3);
    }
  });
});
