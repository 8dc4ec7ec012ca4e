import type { BannerItem, EscalationBannerData } from "@/lib/escalation";
import { workingTime } from "./working-time";

export interface EscalationBannerProps {
  /** null for someone not signed in (or not yet through two-factor sign-in): nothing is shown. */
  data: EscalationBannerData | null;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function References({
  items,
  total,
  rest,
}: {
  items: BannerItem[];
  total: number;
  rest: { href: string; text: string };
}) {
  return (
    <>
      {items.map((item, index) => (
        <span key={item.id}>
          {index > 0 && ", "}
          <a href={`/admin/referrals/${item.id}`}>{item.reference}</a>
        </span>
      ))}
      {total > items.length && <> and {total - items.length} more</>} (<a href={rest.href}>{rest.text}</a>)
    </>
  );
}

/**
 * On every dashboard page while something needs the team now (H02): urgent referrals nobody has
 * opened in time, and referrals past the response standard, each with links to open them. Rendered
 * on the server, so it is there without JavaScript; not a live region, so it is not re-announced
 * on every page.
 */
export function EscalationBanner({ data }: EscalationBannerProps) {
  if (!data || (data.urgentUnopened.count === 0 && data.overdue.count === 0)) return null;
  const { urgentUnopened, overdue } = data;
  return (
    <section
      className="nhsuk-width-container admin-width nhsuk-warning-callout"
      aria-labelledby="escalation-banner-title"
    >
      <p className="nhsuk-warning-callout__label" id="escalation-banner-title">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Needs attention now
        </span>
      </p>
      <ul className="nhsuk-list">
        {urgentUnopened.count > 0 && (
          <li>
            <strong>
              {count(urgentUnopened.count, "urgent referral", "urgent referrals")} not opened within{" "}
              {workingTime(data.urgentAfterWorkingMinutes)}
            </strong>
            :{" "}
            <References
              items={urgentUnopened.oldest}
              total={urgentUnopened.count}
              rest={{ href: "/admin?overdue=urgent-unopened", text: "list every one not opened in time" }}
            />
          </li>
        )}
        {overdue.count > 0 && (
          <li>
            <strong>
              {count(overdue.count, "referral", "referrals")} past the {data.responseWorkingDays}-working-day response
              standard
            </strong>
            :{" "}
            <References
              items={overdue.oldest}
              total={overdue.count}
              rest={{ href: "/admin?overdue=past-standard", text: "list every one past the standard" }}
            />
          </li>
        )}
      </ul>
    </section>
  );
}
