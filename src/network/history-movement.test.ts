import { describe, expect, it } from 'vitest';
import { townsMovedFrom, type VersionPlace } from './history-movement.js';

const at = (day: number) => `2026-10-${String(day).padStart(2, '0')}T10:00:00.000Z`;
const v = (city: string | null, from: number, to: number, text?: string): VersionPlace => ({
  city,
  firstSeen: at(from),
  lastSeen: at(to),
  ...(text === undefined ? {} : { text }),
});

describe('townsMovedFrom', () => {
  it('names the towns an edited ad left within the window, in the order it left them', () => {
    expect(townsMovedFrom([v('Aarhus C', 1, 3), v('Vejle', 4, 6), v('Odense', 7, 7)], 30)).toEqual([
      'Aarhus',
      'Vejle',
    ]);
  });

  it('reads a version without a city field from its text, and counts each town once', () => {
    const versions = [v(null, 1, 2, 'Ny i Aalborg!'), v('Aalborg', 3, 4), v('Esbjerg', 5, 5)];
    expect(townsMovedFrom(versions, 30)).toEqual(['Aalborg']);
  });

  it('says nothing for a version seen before the window, nor for edits within one town', () => {
    expect(townsMovedFrom([v('Aarhus', 1, 1), v('Odense', 20, 20)], 7)).toEqual([]);
    expect(townsMovedFrom([v('Kbh V', 1, 2), v('København', 3, 3)], 30)).toEqual([]);
    expect(townsMovedFrom([v('Odense', 1, 2)], 30)).toEqual([]);
    expect(townsMovedFrom([v('Aarhus', 1, 2), v(null, 3, 3)], 30)).toEqual([]);
  });
});
