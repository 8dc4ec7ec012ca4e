import "server-only";
import { getAllContent } from "./collections";
import { isCrisisQuery } from "./crisis-query";
import { plainText } from "./plain-text";
import { fold, MAX_QUERY_LENGTH, searchTerms } from "./search-terms";

export { MAX_QUERY_LENGTH, searchTerms };

export interface SearchResult {
  url: string;
  title: string;
  description: string;
  /** A short passage around the first match in the page's text, if the text matched. */
  snippet?: string;
}

interface Indexed {
  url: string;
  title: string;
  description: string;
  text: string;
  haystack: { title: string; description: string; text: string };
}

let index: Indexed[] | undefined;

function getIndex(): Indexed[] {
  index ??= getAllContent().map((entry) => {
    const text = plainText(entry.body);
    return {
      url: entry.url,
      title: entry.meta.title,
      description: entry.meta.description,
      text,
      haystack: { title: fold(entry.meta.title), description: fold(entry.meta.description), text: fold(text) },
    };
  });
  return index;
}

/** The page anyone in crisis should reach first. */
export const GET_HELP_NOW_URL = "/get-help-now";

/**
 * Pages containing every word of the query, best first: title matches, then description, then text.
 * A search a person in crisis might make always lists Get help now first.
 */
export function searchContent(query: string): SearchResult[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const results = getIndex()
    .map((page) => ({ page, score: score(page, terms) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || a.page.title.localeCompare(b.page.title))
    .map(({ page }) => ({
      url: page.url,
      title: page.title,
      description: page.description,
      snippet: snippet(page.text, terms),
    }));
  if (!isCrisisQuery(query)) return results;
  const help = getIndex().find((page) => page.url === GET_HELP_NOW_URL)!;
  return [
    { url: help.url, title: help.title, description: help.description },
    ...results.filter((result) => result.url !== GET_HELP_NOW_URL),
  ];
}

function score(page: Indexed, terms: string[]): number {
  let total = 0;
  for (const term of terms) {
    const inTitle = countWords(page.haystack.title, term);
    const inDescription = countWords(page.haystack.description, term);
    const inText = countWords(page.haystack.text, term);
    if (inTitle + inDescription + inText === 0) return 0;
    total += inTitle * 10 + inDescription * 4 + Math.min(inText, 10);
  }
  return total;
}

// Whole words and word starts: "refer" finds "referral", "grief" does not find "agrief".
function countWords(haystack: string, term: string): number {
  let count = 0;
  for (let at = haystack.indexOf(term); at !== -1; at = haystack.indexOf(term, at + term.length)) {
    if (at === 0 || haystack[at - 1] === " ") count++;
  }
  return count;
}

function snippet(text: string, terms: string[]): string | undefined {
  const lines = text.split("\n");
  const line = lines.find((candidate) => terms.some((term) => fold(candidate).includes(term)));
  if (!line) return undefined;
  return line.length > 220 ? `${line.slice(0, 217).trimEnd()}…` : line;
}
