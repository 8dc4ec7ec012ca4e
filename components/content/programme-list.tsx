import { getService } from "@/lib/config";
import { getProgrammePage } from "@/lib/content";
import { agesLabel } from "@/lib/content/programmes";

/** A card for each programme, linking to its page. */
export function ProgrammeList() {
  const programmes = getService().programmes;
  return (
    <ul className="app-card-list">
      {programmes.map((programme) => {
        const page = getProgrammePage(programme.id);
        if (!page) return null;
        return (
          <li key={programme.id}>
            <div className="nhsuk-card nhsuk-card--clickable">
              <div className="nhsuk-card__content">
                <h3 className="nhsuk-card__heading nhsuk-heading-m">
                  <a className="nhsuk-card__link" href={page.url}>
                    {programme.name}
                  </a>
                </h3>
                <p className="nhsuk-card__description">
                  {programme.summary} {agesLabel(programme)}.{programme.offered ? "" : " Not offered at the moment."}
                </p>
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
