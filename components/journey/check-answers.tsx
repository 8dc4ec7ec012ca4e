import type { SummarySection } from "@/lib/referrals/summary";

/** The answers, page by page, each with a Change link that comes back here. */
export function CheckAnswers({ sections }: { sections: SummarySection[] }) {
  return (
    <>
      {sections.map((section) => (
        <section key={section.title} aria-labelledby={`section-${slug(section.title)}`}>
          <h2 className="nhsuk-heading-m" id={`section-${slug(section.title)}`}>
            {section.title}
          </h2>
          {section.missing ? (
            <p>
              Not answered yet.{" "}
              <a href={section.rows[0]?.changeHref.replace("?change=1", "") ?? "#"}>Answer these questions</a>
            </p>
          ) : (
            <dl className="nhsuk-summary-list">
              {section.rows.map((row) => (
                <div className="nhsuk-summary-list__row" key={row.key}>
                  <dt className="nhsuk-summary-list__key">{row.key}</dt>
                  <dd className="nhsuk-summary-list__value">{row.value}</dd>
                  <dd className="nhsuk-summary-list__actions">
                    <a href={row.changeHref}>
                      Change<span className="nhsuk-u-visually-hidden"> {row.changeLabel}</span>
                    </a>
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      ))}
    </>
  );
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-");
