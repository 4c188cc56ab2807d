/** How a CSV file is written: for Dutch Excel, or by the RFC. */
export type CsvStyle = 'excel' | 'rfc4180';
export const CSV_STYLES: readonly CsvStyle[] = ['excel', 'rfc4180'];

/** A cell: text, a number, or empty. */
export type CsvCell = string | number | null | undefined;

interface Dialect {
  separator: string;
  decimal: string;
  bom: string;
}

const DIALECTS: Record<CsvStyle, Dialect> = {
  // Dutch Excel reads ";" with a decimal comma, and needs the BOM to see UTF-8.
  excel: { separator: ';', decimal: ',', bom: '\ufeff' },
  rfc4180: { separator: ',', decimal: '.', bom: '' },
};

/** Cells that a spreadsheet would run as a formula: = + - @, tab, CR, and their full-width forms. */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

function cell(value: CsvCell, dialect: Dialect): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(value).replace('.', dialect.decimal) : '';
  }
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[";,\r\n]/.test(safe) || safe.includes(dialect.separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line, ending in CRLF. */
export function csvRow(cells: readonly CsvCell[], style: CsvStyle): string {
  const dialect = DIALECTS[style];
  return `${cells.map((value) => cell(value, dialect)).join(dialect.separator)}\r\n`;
}

/** What goes before the first row: the UTF-8 BOM for Excel, nothing otherwise. */
export function csvStart(style: CsvStyle): string {
  return DIALECTS[style].bom;
}
