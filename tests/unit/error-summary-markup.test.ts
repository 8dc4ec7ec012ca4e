import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PeriodErrors } from "@/components/admin/reports/period-errors";
import { ErrorSummary } from "@/components/forms/error-summary";

describe("the one error summary", () => {
  const message = "The report below is for the last 12 weeks instead.";

  it("draws the reports page's period errors exactly as a form's summary, but without moving focus on load", () => {
    const report = renderToStaticMarkup(createElement(PeriodErrors, { errors: { from: "Enter a start date" } }));
    const form = renderToStaticMarkup(
      createElement(ErrorSummary, { items: [{ href: "from", text: "Enter a start date" }], message }),
    );
    expect(report).toContain('<a href="#from">Enter a start date</a>');
    expect(report).toContain('<div role="alert"><h2 class="nhsuk-error-summary__title"');
    expect(report).not.toContain("autofocus");
    expect(form).toContain('autofocus=""');
    expect(form.replace(' autofocus=""', "")).toBe(report);
  });

  it("draws nothing for a period without errors", () => {
    expect(renderToStaticMarkup(createElement(PeriodErrors, { errors: {} }))).toBe("");
  });
});
