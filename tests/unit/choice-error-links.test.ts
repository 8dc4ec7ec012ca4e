import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Choices } from "@/components/forms/choices";
import { fieldAnchor, type ChoiceField } from "@/lib/forms/fields";
import { journeys } from "@/lib/referrals/journeys/registry";

const field: ChoiceField = {
  name: "contactMethod",
  kind: "radios",
  label: "How should we contact you?",
  options: [
    { value: "phone", label: "Phone" },
    { value: "email", label: "Email", hint: "We will not send details of your referral" },
  ],
};

describe("error summary links to radios and checkboxes", () => {
  it("land on the first option, whose id is the field's name", () => {
    const html = renderToStaticMarkup(createElement(Choices, { field, error: "Choose one" }));
    expect(fieldAnchor(field)).toBe("contactMethod");
    expect(html).toMatch(/<input[^>]*id="contactMethod"[^>]*value="phone"/);
    expect(html).toMatch(/<input[^>]*id="contactMethod-email"[^>]*value="email"/);
  });

  it("give every option on a page its own id, for checkboxes too", () => {
    const html = renderToStaticMarkup(createElement(Choices, { field: { ...field, kind: "checkboxes" } }));
    const ids = [...html.matchAll(/<input[^>]*id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(["contactMethod", "contactMethod-email"]);
    expect(html).toContain('aria-describedby="contactMethod-email-hint"');
  });

  it("hold for every choice question in every journey", () => {
    let checked = 0;
    for (const journey of Object.values(journeys)) {
      for (const step of journey.steps) {
        for (const f of step.kind === "question" ? step.fields : []) {
          if (f.kind !== "radios" && f.kind !== "checkboxes") continue;
          const html = renderToStaticMarkup(createElement(Choices, { field: f }));
          expect(html, `${journey.slug}/${step.id}/${f.name}`).toContain(`id="${fieldAnchor(f)}"`);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});
