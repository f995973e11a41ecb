/** Dashboard words for reports (exports, PDF report), Danish first; English must have the same keys. */
export const reportsDa = {
  'reports.exports': 'Eksport af listen',
  'reports.exportLabel': 'Hent listen:',
  'reports.csv': 'CSV',
  'reports.csvTitle': 'Alle annoncer i filteret som CSV (regneark, tekst)',
  'reports.xlsx': 'Excel (XLSX)',
  'reports.xlsxTitle': 'Alle annoncer i filteret som Excel-regneark',
  'reports.pdf': 'PDF-rapport',
  'reports.pdfTitle': 'De {n} mest bekymrende annoncer i filteret med deres tegn, til teammødet',
  'reports.personalData': 'Indeholder personoplysninger. Hver eksport registreres i loggen.',
} as const;

export const reportsEn: Record<keyof typeof reportsDa, string> = {
  'reports.exports': 'Export the list',
  'reports.exportLabel': 'Download the list:',
  'reports.csv': 'CSV',
  'reports.csvTitle': 'Every ad in the filter as CSV (spreadsheet, text)',
  'reports.xlsx': 'Excel (XLSX)',
  'reports.xlsxTitle': 'Every ad in the filter as an Excel workbook',
  'reports.pdf': 'PDF report',
  'reports.pdfTitle': 'The {n} most concerning ads in the filter with their evidence, for the team meeting',
  'reports.personalData': 'Contains personal data. Every export is recorded in the audit log.',
};
