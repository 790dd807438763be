// CSV for spreadsheet apps: UTF-8 with a byte-order mark (so Excel reads accents right), CRLF
// line ends, every cell quoted. A cell whose first meaningful character is = + - @, or that
// starts with a tab or a carriage return, could be read as a formula (CSV injection): it gets a
// leading apostrophe, which spreadsheet apps show as text. "Meaningful" is judged after NFKC
// (full-width ＝ becomes =) and after skipping leading spaces, controls and invisible format
// characters (zero-width space, bidi controls), since spreadsheet apps skip some of them too.

const FORMULA_START = /^[=+\-@\u2212]/;
const LEADING_INVISIBLE = /^[\s\p{Cc}\p{Cf}\p{Z}]+/u;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '""';
  let text = String(value);
  if (looksLikeFormula(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

function looksLikeFormula(text: string): boolean {
  if (/^[\t\r]/.test(text)) return true;
  return FORMULA_START.test(text.normalize('NFKC').replace(LEADING_INVISIBLE, ''));
}

export function toCsv(rows: (string | number | boolean | null | undefined)[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
