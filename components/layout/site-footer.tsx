import { getService } from "@/lib/config";
import { footerNavigation } from "./navigation";

/** Support links, and how to reach the service, on every page (and on a printed leaflet). */
export function SiteFooter() {
  const service = getService();
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <h2 className="nhsuk-u-visually-hidden">Support links</h2>
          <ul className="nhsuk-footer__list">
            {footerNavigation.map((item) => (
              <li className="nhsuk-footer__list-item" key={item.href}>
                <a className="nhsuk-footer__list-item-link" href={item.href}>
                  {item.text}
                </a>
              </li>
            ))}
          </ul>
          <p className="nhsuk-body-s">
            {service.name}, {service.organisation}. Phone {service.phone} ({service.phoneHours}).
          </p>
          <p className="nhsuk-body-s app-footer__organisation">© {service.organisation}</p>
        </div>
      </div>
    </footer>
  );
}
