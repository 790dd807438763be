// CSV for spreadsheet apps: UTF-8 with a byte-order mark (so Excel reads accents right), CRLF
// line ends, every cell quoted. A cell that starts with = + - @, a tab or a carriage return
// could be read as a formula (CSV injection): it gets a leading apostrophe, which spreadsheet
// apps show as text.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '""';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(rows: (string | number | boolean | null | undefined)[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
