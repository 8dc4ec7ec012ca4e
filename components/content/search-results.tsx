import type { SearchResult } from "@/lib/content";

export interface SearchResultsProps {
  query: string;
  results: SearchResult[];
}

/** The count is announced first, so a screen reader user knows at once whether anything matched. */
export function SearchResults({ query, results }: SearchResultsProps) {
  if (results.length === 0) {
    return (
      <>
        <h2>No pages found for ‘{query}’</h2>
        <p>Try:</p>
        <ul className="nhsuk-list nhsuk-list--bullet">
          <li>checking the spelling</li>
          <li>using fewer words, or different ones</li>
          <li>
            going to the <a href="/">home page</a> or the <a href="/faq">questions and answers</a>
          </li>
        </ul>
      </>
    );
  }
  return (
    <>
      <h2>
        {results.length === 1 ? "1 page" : `${results.length} pages`} found for ‘{query}’
      </h2>
      <ol className="app-search-results">
        {results.map((result) => (
          <li key={result.url}>
            <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
              <a href={result.url}>{result.title}</a>
            </h3>
            <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">{result.description}</p>
            {result.snippet ? <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">{result.snippet}</p> : null}
          </li>
        ))}
      </ol>
    </>
  );
}
