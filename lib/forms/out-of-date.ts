// Relative imports only: proxy.ts loads this. Client-safe.

/**
 * A form drawn by an earlier build of the site posts to a server action id the running build does
 * not have (ids change with every build). proxy.ts sends such a post back to the page it came from
 * with this query parameter, and the page says "This form is out of date" instead of Next.js
 * answering a bare 409. The answers saved before that page are in the draft, on the server.
 */
export const OUT_OF_DATE_PARAM = "form";
export const OUT_OF_DATE_VALUE = "out-of-date";

/** The same page and query (for example `?change=1`), marked out of date. */
export function outOfDateLocation(url: URL): string {
  const search = new URLSearchParams(url.search);
  search.set(OUT_OF_DATE_PARAM, OUT_OF_DATE_VALUE);
  return `${url.pathname}?${search.toString()}`;
}

export function isOutOfDate(searchParams: Record<string, string | string[] | undefined> | undefined): boolean {
  return searchParams?.[OUT_OF_DATE_PARAM] === OUT_OF_DATE_VALUE;
}
