import { getService } from "@/lib/config";
import { primaryNavigation } from "./navigation";
import { NhsLogo } from "./nhs-logo";
import { SearchForm } from "./search-form";

/** Service name, "Get help now" on every page, search, and the menu. No script needed. */
export function SiteHeader() {
  const service = getService();
  return (
    <header className="nhsuk-header app-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <a className="nhsuk-header__service-logo" href="/">
            {service.showNhsLogo ? <NhsLogo /> : null}
            <span className="nhsuk-header__service-name">{service.name}</span>
          </a>
        </div>
        <div className="app-header__actions">
          <a className="app-get-help-now" href="/get-help-now">
            Get help now
          </a>
          <SearchForm id="header-search" variant="header" />
        </div>
      </div>
      <nav className="nhsuk-header__navigation" aria-label="Menu">
        <div className="nhsuk-header__navigation-container nhsuk-width-container">
          <ul className="nhsuk-header__navigation-list">
            {primaryNavigation.map((item) => (
              <li className="nhsuk-header__navigation-item" key={item.href}>
                <a className="nhsuk-header__navigation-link" href={item.href}>
                  {item.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </nav>
    </header>
  );
}
