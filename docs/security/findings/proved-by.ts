import type { TestReference } from "../../registers/test-reference";

/** The tests in one file that prove a finding closed, by title (or a literal part of it). */
export const provedBy = (file: string, ...titles: string[]): TestReference[] =>
  titles.map((title) => ({ file, title }));
