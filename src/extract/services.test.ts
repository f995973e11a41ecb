import { describe, expect, it } from 'vitest';
import { findServiceMenu, mayListMenu } from './services.js';

// mayListMenu lets callers skip the menu search: where it says no, the search must find less.
const items = ['GFE', 'kys', 'massage', '69', 'striptease', 'rollespil', 'lingeri', 'toys', 'duo', 'anal'];
const TEXTS = [
  `Services: ${items.join(', ')} og fodfetish.`,
  `Jeg tilbyder ${items.join(' / ')}`,
  `Menu:\n${items.map((i) => `- ${i}`).join('\n')}`,
  `Menu:\n${items.map((i, n) => `${n + 1}. ${i}`).join('\r')}`,
  items.map((i) => `${i} ✔`).join(' '),
  `${items.join(', ')} — no header`,
  'Hej, jeg er Anna. Ring 22 33 44 55.',
  `Services: ${items.map((i, n) => `${n + 1}. ${i}`).join(' ')}. Ring.`,
  items.map((i) => `🌺 ${i}`).join('\n'),
];

describe('mayListMenu', () => {
  it.each(TEXTS)('is a necessary condition of findServiceMenu for %j', (text) => {
    const count = findServiceMenu(text)?.count ?? 0;
    for (let size = 2; size <= 12; size += 1) if (count >= size) expect(mayListMenu(text, size)).toBe(true);
  });

  it('says no to texts too short for the menu asked', () => {
    expect(mayListMenu('Services: GFE, kys, massage.', 12)).toBe(false);
    expect(mayListMenu(`Services: ${items.join(', ')}`, 12)).toBe(false);
    expect(mayListMenu(`Services: ${items.join(', ')}, oral, sauna`, 12)).toBe(true);
  });
});

describe('findServiceMenu: an emoji as the bullet', () => {
  it('reads lines that each open with one and the same emoji as a menu', () => {
    expect(findServiceMenu(items.map((i) => `🌺 ${i}`).join('\n'))?.count).toBe(items.length);
  });
  it('reads no menu from lines that each open with their own symbol', () => {
    expect(findServiceMenu('📞 22 33 44 55\n⏰ 10-22\n💰 1000 kr\n📍 Odense')).toBeNull();
  });
});

describe('findServiceMenu: "I do" as a heading', () => {
  it('reads the list after "I do:" as a menu', () => {
    expect(findServiceMenu(`What I do: ${items.join(', ')}.`)?.count).toBe(items.length);
  });
  it('reads no menu from the list after "I don\'t do:"', () => {
    expect(findServiceMenu(`What I don't do: ${items.join(', ')}.`)).toBeNull();
  });
});

describe('findServiceMenu: an inline numbered list after the header', () => {
  it('counts the items numbered in order', () => {
    const listed = [...items, 'fodfetish', 'dinner date'];
    const text = `Nora, 31. Services: ${listed.map((i, n) => `${n + 1}. ${i}`).join(' ')}. 1 time 1500 kr.`;
    expect(findServiceMenu(text)?.count).toBe(12);
    expect(mayListMenu(text, 12)).toBe(true);
  });
  it('does not read numbers that are not a list from 1', () => {
    expect(
      findServiceMenu('Services: GFE og massage. Ring 2. juni, 1 time 1200 kr.')?.count ?? 0,
    ).toBeLessThan(3);
    expect(findServiceMenu('Menu: 2. GFE 3. kys 4. massage.')?.count ?? 0).toBeLessThan(3);
  });
});

describe('findServiceMenu: a condom note with a slash', () => {
  it('reads "fransk m/kondom" as one item, not two', () => {
    expect(findServiceMenu('Menu: kys, fransk m/kondom, GFE, massage.')?.count).toBe(4);
    expect(findServiceMenu('Services: BJ w/o, GFE, 69.')?.count).toBe(3);
  });
  it('still splits items joined by a slash', () => {
    expect(findServiceMenu('Menu: kys/GFE/massage, 69.')?.count).toBe(4);
  });
});
