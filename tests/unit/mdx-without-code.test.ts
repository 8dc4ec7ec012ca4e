import { compile } from "@mdx-js/mdx";
import { describe, expect, it } from "vitest";
import { renderContentHtml } from "../helpers/render-content";
import { getAllContent } from "@/lib/content";
import { remarkWithoutCode } from "@/lib/content/mdx-without-code";

const compileContent = (mdx: string) => compile(mdx, { remarkPlugins: [remarkWithoutCode] });

describe("content MDX carries no code", () => {
  it.each([
    ["an import", 'import x from "evil"\n\n# Title', /line 1: import or export/],
    ["an export", "# Title\n\nexport const x = 1", /line 3: import or export/],
    ["a block expression", "# Title\n\n{fetch('/x')}", /line 3: a \{…\} expression/],
    ["an inline expression", "Some {1 + 1} text", /line 1: a \{…\} expression/],
    ["a script element", "# Title\n\n<script>alert(1)</script>", /line 3: <script> is not allowed/],
    ["a style element", '<style>{"a{}"}</style>', /<style> is not allowed/],
    ["an iframe", '<iframe src="https://example.org" />', /<iframe> is not allowed/],
    ["an attribute expression", "<a href={location.href}>x</a>", /attribute expression/],
    ["a spread attribute", "<a {...props}>x</a>", /attribute expression/],
    ["an event handler", '<a href="/" onClick="steal()">x</a>', /event handler \(onClick\)/],
    ["a javascript: link", '<a href="javascript:alert(1)">x</a>', /javascript: address/],
  ])("refuses %s, naming its line", async (_, mdx, problem) => {
    await expect(compileContent(mdx)).rejects.toThrow(problem);
  });

  it("allows headings, lists, links and our components with plain string attributes", async () => {
    await expect(
      compileContent('# Title\n\n- one\n- [two](/two)\n\n<Callout kind="info">Some help</Callout>'),
    ).resolves.toBeDefined();
  });

  it("refuses code in a page the site renders, so the build fails", async () => {
    const page = getAllContent()[0]!;
    await expect(renderContentHtml({ ...page, body: "<script>alert(1)</script>" })).rejects.toThrow(
      /<script> is not allowed/,
    );
  });

  it("compiles every page and course in content/ as it is today", async () => {
    const entries = getAllContent();
    expect(entries.length).toBeGreaterThan(15);
    for (const entry of entries) await expect(renderContentHtml(entry)).resolves.toContain("<h1");
  });
});
