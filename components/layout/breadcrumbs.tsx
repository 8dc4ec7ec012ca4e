export interface Crumb {
  href: string;
  text: string;
}

export interface BreadcrumbsProps {
  /** The pages above this one, from the home page down; the current page is not listed. */
  trail: Crumb[];
}

export function Breadcrumbs({ trail }: BreadcrumbsProps) {
  if (trail.length === 0) return null;
  const parent = trail[trail.length - 1]!;
  return (
    <nav className="nhsuk-breadcrumb" aria-label="Breadcrumb">
      <ol className="nhsuk-breadcrumb__list">
        {trail.map((crumb) => (
          <li className="nhsuk-breadcrumb__list-item" key={crumb.href}>
            <a className="nhsuk-breadcrumb__link" href={crumb.href}>
              {crumb.text}
            </a>
          </li>
        ))}
      </ol>
      <a className="nhsuk-back-link" href={parent.href}>
        <span className="nhsuk-u-visually-hidden">Back to </span>
        {parent.text}
      </a>
    </nav>
  );
}
