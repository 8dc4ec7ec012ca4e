/**
 * One CSV cell, safe to open in a spreadsheet: text starting with =, +, -, @ (or a tab or carriage
 * return, which some spreadsheets skip) is prefixed with an apostrophe so it is never run as a
 * formula (OWASP "CSV injection"), then quoted when it holds a comma, quote or line break.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly (string | number | boolean | null | undefined)[]): string {
  return values.map(csvCell).join(",");
}

/** A whole file: header row, then rows, CRLF line ends (RFC 4180), with a BOM so Excel reads UTF-8. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  return `\uFEFF${[csvRow(header), ...rows.map(csvRow)].join("\r\n")}\r\n`;
}
