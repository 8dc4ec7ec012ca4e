import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Field } from "@/components/forms/field";
import type { Field as FieldSpec } from "@/lib/forms/fields";

const render = (field: FieldSpec, props: { error?: string; value?: unknown } = {}) =>
  renderToStaticMarkup(createElement(Field, { field, ...props }));

describe("every field in the one kit", () => {
  it.each<FieldSpec>([
    { kind: "text", name: "role", label: "Your role", hint: "For example GP" },
    { kind: "textarea", name: "note", label: "Note", hint: "Internal to the team" },
    {
      kind: "select",
      name: "assignee",
      label: "Assigned to",
      hint: "Or no one",
      options: [{ value: "", label: "No one" }],
    },
  ])("$kind ties its label, hint and error to the control", (field) => {
    const html = render(field, { error: "Fix this" });
    expect(html).toContain(`<label class="nhsuk-label" for="${field.name}">`);
    expect(html).toContain(`id="${field.name}-hint"`);
    expect(html).toContain(`id="${field.name}-error"`);
    expect(html).toMatch(
      new RegExp(`id="${field.name}"[^>]*aria-describedby="${field.name}-hint ${field.name}-error"`),
    );
    expect(html).toContain("nhsuk-form-group--error");
  });

  it("never puts a password back in the page", () => {
    const html = render(
      { kind: "password", name: "password", label: "Password", defaultValue: "secret" },
      { value: "hunter2" },
    );
    expect(html).toContain('type="password"');
    expect(html).not.toContain("hunter2");
    expect(html).not.toContain("secret");
  });

  it("keeps what was typed, over any default", () => {
    expect(render({ kind: "text", name: "q", label: "Search", defaultValue: "old" }, { value: "new" })).toContain(
      'value="new"',
    );
    expect(render({ kind: "calendar", name: "from", label: "From" }, { value: "2026-01-02" })).toMatch(
      /type="date"[^>]*value="2026-01-02"/,
    );
  });
});
