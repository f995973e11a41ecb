import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adapter } from './demo-clinics.js';

const page = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'demo-clinics', 'detail-1.html'),
  'utf8',
);
const url = 'http://127.0.0.1:4102/clinic/x';

/** What of a person a broken block could hand to another. */
function own(ads: ReturnType<typeof adapter.parseDetailPage>['ads']): unknown[] {
  return ads.map((ad) => ({
    id: ad.siteAdId,
    name: ad.name,
    age: ad.age,
    photos: ad.photoUrls,
    services: ad.services,
    reviews: ad.reviews?.map((r) => r.id),
  }));
}

describe('demo-clinics adapter', () => {
  it("keeps each person's photos, services and reviews when one person's block lost its closing tags", () => {
    const whole = adapter.parseDetailPage(page, url).ads;
    expect(whole.length).toBeGreaterThan(1);
    expect(whole.every((ad) => ad.reviews !== undefined && ad.photoUrls.length > 0)).toBe(true);
    // As the demo breaks a page (and real templates break): the first person's block unclosed.
    const first = page.indexOf('<article class="person"');
    const second = page.indexOf('<article class="person"', first + 1);
    expect(second).toBeGreaterThan(first);
    const broken =
      page.slice(0, first) +
      page.slice(first, second).replace(/<\/(article|table|section)>/g, '') +
      page.slice(second);
    // Without its own parse each, the parser nests the second person in the first: her photos,
    // services and reviews were stored as the first person's.
    expect(own(adapter.parseDetailPage(broken, url).ads)).toEqual(own(whole));
  });
});
