export interface PaginationProps {
  /** URL of the next page, or null on the last. */
  nextHref: string | null;
  firstHref: string | null;
}

/** NHS pagination for keyset pages: onwards, and back to the start. */
export function Pagination({ nextHref, firstHref }: PaginationProps) {
  if (!nextHref && !firstHref) return null;
  return (
    <nav className="nhsuk-pagination" role="navigation" aria-label="Pagination">
      <ul className="nhsuk-list nhsuk-pagination__list">
        {firstHref && (
          <li className="nhsuk-pagination-item--previous">
            <a className="nhsuk-pagination__link nhsuk-pagination__link--prev" href={firstHref}>
              <span className="nhsuk-pagination__title">First page</span>
            </a>
          </li>
        )}
        {nextHref && (
          <li className="nhsuk-pagination-item--next">
            <a className="nhsuk-pagination__link nhsuk-pagination__link--next" href={nextHref}>
              <span className="nhsuk-pagination__title">Next page</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
