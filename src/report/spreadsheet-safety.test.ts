import { describe, expect, it } from 'vitest';
import { neutraliseFormula, safeCell } from './spreadsheet-safety.js';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil.invalid","x")', `'=HYPERLINK("http://evil.invalid","x")`],
    ['+4522334455', "'+4522334455"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('%j becomes text', (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });

  it.each(['Mia', 'Ny i byen = sød', 'København', '', "'already text", ' =1+1'])(
    '%j is left as it is',
    (value) => {
      expect(neutraliseFormula(value)).toBe(value);
    },
  );

  it('leaves numbers and empty cells as they are', () => {
    expect(safeCell(-3)).toBe(-3);
    expect(safeCell(null)).toBeNull();
    expect(safeCell('=1')).toBe("'=1");
  });
});
