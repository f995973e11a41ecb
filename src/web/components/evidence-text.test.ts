import { describe, expect, it } from 'vitest';
import { segmentText } from './evidence-text.js';

describe('segmentText', () => {
  it('cuts a text into plain and highlighted segments', () => {
    expect(
      segmentText('Ny i byen, ung pige', [
        { start: 0, end: 9, labels: ['new'] },
        { start: 11, end: 14, labels: ['young'] },
      ]),
    ).toEqual([
      { text: 'Ny i byen', labels: ['new'] },
      { text: ', ', labels: [] },
      { text: 'ung', labels: ['young'] },
      { text: ' pige', labels: [] },
    ]);
  });

  it('merges the labels of overlapping highlights', () => {
    expect(
      segmentText('abcdef', [
        { start: 0, end: 4, labels: ['x'] },
        { start: 2, end: 6, labels: ['y'] },
      ]),
    ).toEqual([
      { text: 'ab', labels: ['x'] },
      { text: 'cd', labels: ['x', 'y'] },
      { text: 'ef', labels: ['y'] },
    ]);
  });

  it('clamps offsets outside the text and drops empty spans', () => {
    expect(
      segmentText('abc', [
        { start: 2, end: 99, labels: ['x'] },
        { start: 1, end: 1, labels: ['empty'] },
      ]),
    ).toEqual([
      { text: 'ab', labels: [] },
      { text: 'c', labels: ['x'] },
    ]);
  });

  it('keeps markup in the text as text', () => {
    const segments = segmentText('<b>hi</b>', [{ start: 3, end: 5, labels: ['x'] }]);
    expect(segments.map((s) => s.text).join('')).toBe('<b>hi</b>');
  });
});
