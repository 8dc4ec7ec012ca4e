import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EscalationBanner } from "@/components/admin/escalation-banner";
import type { EscalationBannerData } from "@/lib/escalation";

const render = (data: EscalationBannerData | null) => renderToStaticMarkup(createElement(EscalationBanner, { data }));
const items = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `00000000-0000-4000-8000-00000000000${i}`, reference: `REF${i}ABCD` }));
const none = { count: 0, oldest: [] };

describe("the escalation banner on dashboard pages", () => {
  it("shows nothing when nothing is escalated, or to someone not signed in", () => {
    expect(
      render({ urgentUnopened: none, overdue: none, responseWorkingDays: 5, urgentAfterWorkingMinutes: 120 }),
    ).toBe("");
    expect(render(null)).toBe("");
  });

  it("gives the count of urgent referrals not opened and links each one", () => {
    const html = render({
      urgentUnopened: { count: 2, oldest: items(2) },
      overdue: none,
      responseWorkingDays: 5,
      urgentAfterWorkingMinutes: 120,
    });
    expect(html).toContain("2 urgent referrals not opened within 2 working hours");
    expect(html).toContain('<a href="/admin/referrals/00000000-0000-4000-8000-000000000000">REF0ABCD</a>');
    expect(html).toContain('<a href="/admin/referrals/00000000-0000-4000-8000-000000000001">REF1ABCD</a>');
    expect(html).not.toContain("response standard");
    // Even when every one is linked, the overdue view that lists them is one click away.
    expect(html).toContain('(<a href="/admin?overdue=urgent-unopened">list every one not opened in time</a>)');
    expect(html).not.toContain("more");
  });

  it("names a threshold of one working minute in the singular (the README's walk sets one)", () => {
    const html = render({
      urgentUnopened: { count: 1, oldest: items(1) },
      overdue: none,
      responseWorkingDays: 5,
      urgentAfterWorkingMinutes: 1,
    });
    expect(html).toContain("1 urgent referral not opened within 1 working minute");
    expect(html).not.toContain("1 working minutes");
  });

  it("gives the count past the response standard and says how many more there are than it links", () => {
    const html = render({
      urgentUnopened: none,
      overdue: { count: 8, oldest: items(5) },
      responseWorkingDays: 5,
      urgentAfterWorkingMinutes: 120,
    });
    expect(html).toContain("8 referrals past the 5-working-day response standard");
    expect(html.match(/href="\/admin\/referrals\//g)).toHaveLength(5);
    expect(html).toContain('and 3 more (<a href="/admin?overdue=past-standard">list every one past the standard</a>)');
    expect(html).not.toContain("urgent referral");
  });
});
