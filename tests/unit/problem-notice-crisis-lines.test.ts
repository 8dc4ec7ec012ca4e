import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ProblemNotice } from "@/components/forms/problem-notice";
import type { FormState } from "@/lib/forms/form-state";

const contact = { phone: "01632 960000", phoneHours: "Monday to Friday, 9am to 5pm", nation: "england" as const };
const states: [string, FormState][] = [
  ["unavailable", { status: "unavailable", values: {} }],
  ["rate-limited", { status: "rate-limited", values: {} }],
  ["refused", { status: "refused", message: "This form is out of date.", values: {} }],
  ["held", { status: "held", values: {} }],
  ["out-of-date", { status: "out-of-date", values: {} }],
];

describe("problem notices on public forms are never a dead end", () => {
  it.each(states)("offers the crisis lines with every public notice: %s", (_name, state) => {
    const html = renderToStaticMarkup(createElement(ProblemNotice, { state, contact }));
    expect(html).toContain('href="tel:999"');
    expect(html).toContain('href="tel:116123"'); // Samaritans
    expect(html).toContain('href="tel:111"'); // the nation's own urgent line
    expect(html).toContain("tel:01632960000");
  });

  it("tells a held person their form is kept and need not be sent again", () => {
    const html = renderToStaticMarkup(createElement(ProblemNotice, { state: { status: "held", values: {} }, contact }));
    expect(html).toContain("We have your form");
    expect(html).toContain("You do not need to send it again");
  });

  it("tells a person whose form is out of date that their earlier answers are saved and what to do", () => {
    const html = renderToStaticMarkup(
      createElement(ProblemNotice, { state: { status: "out-of-date", values: {} }, contact }),
    );
    expect(html).toContain("This form is out of date");
    expect(html).toContain("answers to the earlier questions are saved");
    expect(html).toContain("press the button again");
  });

  it("leaves staff notices (no contact) without the public crisis lines", () => {
    expect(
      renderToStaticMarkup(createElement(ProblemNotice, { state: { status: "unavailable", values: {} } })),
    ).not.toContain("tel:999");
  });
});
