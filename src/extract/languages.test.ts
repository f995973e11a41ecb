import { describe, expect, it } from 'vitest';
import { findLanguages } from './languages.js';

/** Codes in text order, with the level where it is not "yes" ("en:none", "da:little"). */
const levels = (text: string, field = false): string[] =>
  findLanguages(text, field).map((l) => (l.level === 'yes' ? l.code : `${l.code}:${l.level}`));

describe('findLanguages: Danish and other names in Polish, Czech, Slovak, Hungarian and Lithuanian', () => {
  it.each([
    ['Mówię po polsku, duńsku i angielsku.', ['pl', 'da', 'en']],
    ['Mluvím česky, anglicky a trochu dánsky.', ['cs', 'en', 'da:little']],
    ['Hovorím slovensky, anglicky a dánsky.', ['sk', 'en', 'da']],
    ['Hovorí len po slovensky.', ['sk']],
    ['Beszélek magyarul, angolul és egy kicsit dánul.', ['hu', 'en', 'da:little']],
    ['Kalbu lietuviškai, rusiškai, angliškai ir daniškai.', ['lt', 'ru', 'en', 'da']],
    ['Ich spreche Deutsch und ein bisschen Dänisch.', ['de', 'da:little']],
    ['Jazyky: čeština, angličtina', ['cs', 'en']],
    ['Nyelvek: magyar, angol', ['hu', 'en']],
  ])('reads %j', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
  it.each([
    ['polski', ['pl']],
    ['duński', ['da']],
    ['dán', ['da']],
    ['angol', ['en']],
  ])('reads the entry %j', (text, expected) => {
    expect(levels(text, true)).toEqual(expected);
  });
  it.each([
    // A name without a verb or a level around it says nothing about speaking.
    'Dán design og angol have',
    'Polsky film',
  ])('reads nothing in %j', (text) => {
    expect(levels(text)).toEqual([]);
  });
});

describe('findLanguages: a language not spoken', () => {
  it.each([
    ['Hovorí len po slovensky, žiadna angličtina.', ['sk', 'en:none']],
    ['Ona nie mówi po angielsku.', ['en:none']],
    ['Nemluví anglicky.', ['en:none']],
    ['Nem beszélek angolul.', ['en:none']],
    // "or" and "nor" carry the negation on to the next name.
    ['Ona nie mówi po angielsku ani po duńsku.', ['en:none', 'da:none']],
    ['Hun snakker ikke dansk eller engelsk, kun spansk.', ['da:none', 'en:none', 'es']],
    ['Nem beszélek angolul, sem dánul.', ['en:none', 'da:none']],
    ['Jeg taler hverken dansk eller engelsk.', ['da:none', 'en:none']],
    ["I don't speak Danish or English, only Thai.", ['da:none', 'en:none', 'th']],
  ])('reads %j', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
  it.each([
    // "and" does not carry it, nor a clause or a "but" between, nor a name spoken before "or".
    ['Jeg taler ikke dansk og engelsk', ['da:none', 'en']],
    ['I speak no Danish, but English or German', ['da:none', 'en', 'de']],
    ['I speak Danish or English, as you like', ['da', 'en']],
    ['Ingen dansk. Engelsk eller tysk er fint', ['da:none']],
  ])('keeps the next name spoken in %j', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
});

describe('findLanguages: broken Danish', () => {
  it.each([
    // "tale"/"snakke" for "taler", and "not perfect" as some.
    ['Jeg tale engelsk godt og lidt dansk.', ['en', 'da:little']],
    ['Jeg kan snakke engelsk', ['en']],
    ['Min dansk er ikke perfekt men jeg forstår godt.', ['da:little']],
    ['My English is not perfect', ['en:little']],
    ['Jeg gør ikke tale dansk, kun spansk', ['da:none', 'es']],
  ])('reads %j', (text, expected) => {
    expect(levels(text)).toEqual(expected);
  });
  it.each([
    // "betale" (to pay) holds "tale".
    'Du kan betale dansk moms',
    'Betale med dansk kort',
  ])('reads nothing in %j', (text) => {
    expect(levels(text)).toEqual([]);
  });
});
