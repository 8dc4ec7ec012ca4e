export function BackLink({ href }: { href: string }) {
  return (
    <div className="nhsuk-back-link">
      <a className="nhsuk-back-link__link" href={href}>
        Back
      </a>
    </div>
  );
}
