import { getCourses } from "@/lib/content";
import { formatFee } from "@/lib/content/dates";
import { courseDates } from "./course-facts";

/** Every course in content/courses, soonest first, built from their frontmatter. */
export function CourseList() {
  return (
    <ul className="app-card-list">
      {getCourses().map(({ url, meta }) => (
        <li key={url}>
          <div className="nhsuk-card nhsuk-card--clickable">
            <div className="nhsuk-card__content">
              <h3 className="nhsuk-card__heading nhsuk-heading-m">
                <a className="nhsuk-card__link" href={url}>
                  {meta.title}
                </a>
              </h3>
              <p className="nhsuk-card__description">{meta.description}</p>
              <p className="nhsuk-body-s">
                {courseDates(meta)}. {meta.length}. Fee:{" "}
                {meta.fee === "to be confirmed" ? "to be confirmed" : formatFee(meta.fee)}.
              </p>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
