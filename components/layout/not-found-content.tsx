import { SearchForm } from "./search-form";

/** A wrong address still gets the reader somewhere useful, and to help if they need it now. */
export function NotFoundContent() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Page not found</h1>
        <p>If you typed the web address, check it is correct.</p>
        <p>If you pasted the web address, check you copied the whole address.</p>
        <p>You can search for the page:</p>
        <SearchForm id="not-found-search" landmark="Search for the page" />
        <h2>Pages people often need</h2>
        <ul className="nhsuk-list nhsuk-list--bullet">
          <li>
            <a href="/">Go to the home page</a>
          </li>
          <li>
            <a href="/what-is-ipt">What is IPT?</a>
          </li>
          <li>
            <a href="/refer">Make a referral</a>
          </li>
          <li>
            <a href="/contact">Contact us</a>
          </li>
        </ul>
        <p>
          If you or someone else is in danger now, <a href="/get-help-now">get help now</a>.
        </p>
      </div>
    </div>
  );
}
