export interface SearchFormProps {
  id: string;
  query?: string;
  /** Visible label on the search page; hidden in the header, where the button says it all. */
  labelVisible?: boolean;
  /** The header's compact NHS search box, or a full-width form on a page. */
  variant?: "header" | "page";
  /** Names the search landmark, so pages with two search forms tell them apart. */
  landmark?: string;
}

const searchIcon = (
  <svg
    className="nhsuk-icon nhsuk-icon--search"
    xmlns="http://www.w3.org/2000/svg"
    viewBox="0 0 24 24"
    width="16"
    height="16"
    focusable="false"
    aria-hidden="true"
  >
    <path d="m20.7 18.9-4.1-4.1a7 7 0 1 0-1.4 1.4l4 4.1a1 1 0 0 0 1.5 0c.4-.4.4-1 0-1.4ZM6 10.6a5 5 0 1 1 10 0 5 5 0 0 1-10 0Z" />
  </svg>
);

/** A plain GET form to /search: search works with JavaScript off. */
export function SearchForm({
  id,
  query,
  labelVisible = false,
  variant = "page",
  landmark = "Site search",
}: SearchFormProps) {
  const header = variant === "header";
  return (
    <search className={header ? "nhsuk-header__search" : undefined} aria-label={landmark}>
      <form className={header ? "nhsuk-header__search-form" : undefined} action="/search" method="get">
        <div className="nhsuk-form-group">
          <label className={labelVisible ? "nhsuk-label" : "nhsuk-label nhsuk-u-visually-hidden"} htmlFor={id}>
            Search this site
          </label>
          <div className={header ? "nhsuk-input-wrapper" : "app-search-form"}>
            <input
              className="nhsuk-input"
              id={id}
              name="q"
              type="search"
              defaultValue={query}
              maxLength={100}
              autoComplete="off"
              placeholder={header ? "Search" : undefined}
            />
            {header ? (
              <button className="nhsuk-button nhsuk-button--icon nhsuk-button--small" type="submit" aria-label="Search">
                {searchIcon}
              </button>
            ) : (
              <button className="nhsuk-button nhsuk-button--secondary" type="submit">
                Search
              </button>
            )}
          </div>
        </div>
      </form>
    </search>
  );
}
