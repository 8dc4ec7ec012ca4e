/**
 * One CSV cell, safe to open in a spreadsheet: text starting with =, +, -, @ (or a tab or carriage
 * return, which some spreadsheets skip), or holding a separator (comma or semicolon, for locales
 * that split on ";") followed by one of them, is prefixed with an apostrophe so it is never run as
 * a formula (OWASP "CSV injection"). Every non-empty cell is quoted, so no locale splits it (L-6).
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) || /[,;]\s*[=+\-@]/.test(text)) text = `'${text}`;
  return text === "" ? "" : `"${text.replaceAll('"', '""')}"`;
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
