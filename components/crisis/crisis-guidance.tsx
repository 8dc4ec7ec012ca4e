import {
  crisisLinesFor,
  deafAndTextRoutes,
  emergency,
  type CrisisAudience,
  type Nation,
} from "@/lib/content/crisis-lines";

export interface CrisisGuidanceProps {
  /** The service's nation (content/service.json): it picks the nation's own urgent line. Passed in, so client forms can show it too. */
  nation: Nation;
  /** A young person sees Childline and Shout first. */
  audience?: CrisisAudience;
  /** Heading level, so the box fits the page's outline. */
  headingLevel?: 2 | 3;
  /** Heading text; the default suits a page where someone may be at risk now. */
  heading?: string;
}

/**
 * What to do if you or someone else is in danger now: 999, then the free 24-hour lines for the
 * service's nation, then the ways to reach 999 without speaking.
 */
export function CrisisGuidance({
  nation,
  audience,
  headingLevel = 2,
  heading = "If you need help now",
}: CrisisGuidanceProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="crisis-guidance" aria-labelledby="crisis-guidance-heading">
      <Heading id="crisis-guidance-heading">{heading}</Heading>
      <p>
        <strong>
          If a life is at risk now: <a href={emergency.href}>{emergency.action}</a>.
        </strong>
      </p>
      <p>This service cannot help in an emergency. These free services can, at any time:</p>
      <ul>
        {crisisLinesFor(nation, audience).map((line) => (
          <li key={line.id} data-crisis-line={line.id}>
            <strong>{line.name}</strong>: <a href={line.href}>{line.action}</a>. {line.who}.
          </li>
        ))}
      </ul>
      <p>If you are deaf or cannot speak on the phone, you can still reach 999:</p>
      <ul>
        {deafAndTextRoutes.map((line) => (
          <li key={line.id} data-crisis-line={line.id}>
            <strong>{line.name}</strong>: <a href={line.href}>{line.action}</a>. {line.who}.
          </li>
        ))}
      </ul>
    </section>
  );
}
