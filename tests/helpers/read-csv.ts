/** RFC 4180 rows, as a spreadsheet reads them: the header row, then each row keyed by the header. */
export function readCsvTable(csv: string): { header: string[]; rows: Record<string, string>[] } {
  const rows: string[][] = [[]];
  let cell = "";
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, "").replaceAll("\r\n", "\n");
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && (c === "," || c === "\n")) {
      rows.at(-1)!.push(cell);
      cell = "";
      if (c === "\n") rows.push([]);
    } else {
      cell += c;
    }
  }
  const [header = [], ...body] = rows.filter((r) => r.length > 0);
  return { header, rows: body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""]))) };
}
