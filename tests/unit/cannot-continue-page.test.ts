import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CannotContinue } from "@/components/journey/cannot-continue";
import { OwnAgreementNeeded } from "@/components/journey/own-agreement-needed";
import { applicableSteps, nextPath } from "@/lib/referrals/flow";
import { journeys } from "@/lib/referrals/journeys/registry";
import type { Answers } from "@/lib/referrals/journeys/types";

const contact = { phone: "01632 960000", phoneHours: "Monday to Friday, 9am to 5pm", nation: "england" as const };
const consent = (personConsented: "yes" | "no"): Answers => ({
  consent: { personConsented, safeguarding: "no", safeguardingDetails: "" },
});

describe("the end of a route", () => {
  it("leads a professional whose patient has not agreed to a page that says why and what to do, not a validation error", () => {
    expect(nextPath(journeys.professional, consent("no"), "consent")).toBe("/refer/professional/cannot-continue");
    expect(nextPath(journeys.professional, consent("yes"), "consent")).toBe("/refer/professional/needs");
    expect(applicableSteps(journeys.professional, consent("yes")).some((s) => s.id === "cannot-continue")).toBe(false);

    const html = renderToStaticMarkup(
      createElement(CannotContinue, { changeHref: "/refer/professional/consent", contact }),
    );
    expect(html).toContain("has not agreed to this referral");
    expect(html).toContain("Talk to the person about the referral first");
    expect(html).toContain('href="tel:01632960000"');
    expect(html).toContain('href="/refer/professional/consent"');
    expect(html).toContain('href="tel:999"');
    expect(html).toContain('href="tel:116123"'); // Samaritans
  });

  it("tells a professional why a 16 or 17 year old's own agreement is needed, what to do, and how to change the answer", () => {
    const html = renderToStaticMarkup(createElement(OwnAgreementNeeded));
    expect(html).toContain("only the young person&#x27;s parent or carer has agreed");
    expect(html).toContain("Talk with the young person about the referral");
    expect(html).toContain('href="/refer/professional/who-agreed"');
    expect(html).toContain('href="/refer"');
    expect(html).toContain('href="tel:999"');
    expect(html).toContain('href="tel:116123"'); // Samaritans
    expect(html).not.toContain("24 hours");
  });
});
