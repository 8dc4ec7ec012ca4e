/** Longest query we look at; anything longer is cut, not refused. */
export const MAX_QUERY_LENGTH = 100;

// Case and accents do not matter; "IPT-A" and "ipt a" find the same pages.
export function fold(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ");
}

export function searchTerms(query: string): string[] {
  return [
    ...new Set(
      fold(query.slice(0, MAX_QUERY_LENGTH))
        .split(" ")
        .filter((term) => term.length > 0),
    ),
  ];
}
