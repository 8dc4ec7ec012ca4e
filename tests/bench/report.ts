import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export interface Row {
  section: string;
  measure: string;
  value: string;
  target: string;
  /** true: target met; false: missed; undefined: no target. */
  met?: boolean;
}

export function machineDescription(): string {
  return `${os.cpus()[0]?.model.trim() ?? "unknown CPU"}, ${os.availableParallelism()} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}`;
}

/** The rows as a Markdown table, ready for the README. */
export function markdownTable(rows: Row[]): string {
  const lines = ["| section | measure | value | target | met |", "| --- | --- | --- | --- | --- |"];
  for (const row of rows) {
    const met = row.met === undefined ? "" : row.met ? "yes" : "**no**";
    lines.push(`| ${row.section} | ${row.measure} | ${row.value} | ${row.target} | ${met} |`);
  }
  return lines.join("\n");
}

/** Writes the full figures as JSON under tests/bench/results/ (ignored by git). */
export async function saveResults(figures: unknown, rows: Row[]): Promise<string> {
  const dir = path.join(import.meta.dirname, "results");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `bench-${new Date().toISOString().replaceAll(":", "-")}.json`);
  await writeFile(
    file,
    JSON.stringify({ date: new Date().toISOString(), machine: machineDescription(), rows, figures }, null, 2),
  );
  return file;
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const ms = (value: number) => `${Math.round(value)} ms`;
export const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;
