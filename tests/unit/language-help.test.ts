import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LanguageHelp } from "@/components/content/language-help";
import { getService } from "@/lib/config";
import { languageHelpSchema } from "@/lib/config/language-help-schema";

const { languageHelp, phone } = getService();

// The script each language is written in, as Unicode names it; letters only (digits, the {phone}
// placeholder, spaces and punctuation are shared across scripts).
const scriptOf: Record<string, RegExp> = {
  cy: /\p{Script=Latin}/u,
  pl: /\p{Script=Latin}/u,
  ro: /\p{Script=Latin}/u,
  pt: /\p{Script=Latin}/u,
  es: /\p{Script=Latin}/u,
  it: /\p{Script=Latin}/u,
  "pa-Guru": /\p{Script=Gurmukhi}/u,
  ur: /\p{Script=Arabic}/u,
  ar: /\p{Script=Arabic}/u,
  bn: /\p{Script=Bengali}/u,
  gu: /\p{Script=Gujarati}/u,
};
const letters = (s: string) => [...s.replace("{phone}", "")].filter((c) => /\p{L}/u.test(c));

describe("Need help in your language?", () => {
  it("has Welsh and the ten most spoken main languages in England and Wales after English (Census 2021)", () => {
    expect(languageHelp.lines.map((l) => l.englishName)).toEqual([
      "Welsh",
      "Polish",
      "Romanian",
      "Panjabi",
      "Urdu",
      "Portuguese",
      "Spanish",
      "Arabic",
      "Bengali",
      "Gujarati",
      "Italian",
    ]);
  });

  it.each(languageHelp.lines.map((l) => [l.englishName, l] as const))(
    "names %s in its own script, and says the rest in it too",
    (_, line) => {
      const script = scriptOf[line.lang]!;
      expect(script, `no script known for ${line.lang}`).toBeDefined();
      expect(letters(line.nativeName).every((c) => script.test(c))).toBe(true);
      expect(line.text).toContain(line.nativeName);
      expect(letters(line.text).every((c) => script.test(c))).toBe(true);
      expect(line.dir).toBe(/Arabic/.test(script.source) ? "rtl" : "ltr");
    },
  );

  it("marks each line with its language and direction, and keeps the number left to right", () => {
    const html = renderToStaticMarkup(createElement(LanguageHelp));
    expect(html).toContain('<li lang="pl" dir="ltr">');
    expect(html).toContain('<li lang="ur" dir="rtl">');
    const tel = `href="tel:${phone.replace(/\s/g, "")}" dir="ltr"`;
    expect(html.split(tel).length - 1).toBe(languageHelp.lines.length);
    expect(html).not.toContain("{phone}");
  });

  it("refuses a line without the phone number or that does not name its language", () => {
    const line = { lang: "pl", englishName: "Polish", nativeName: "Polski", dir: "ltr" };
    const help = (text: string) => ({ source: "Census 2021", translationsCheckedBy: null, lines: [{ ...line, text }] });
    expect(languageHelpSchema.safeParse(help("Zadzwoń {phone} i powiedz „Polski”.")).success).toBe(true);
    expect(languageHelpSchema.safeParse(help("Zadzwoń i powiedz „Polski”.")).success).toBe(false);
    expect(languageHelpSchema.safeParse(help("Zadzwoń {phone} i powiedz.")).success).toBe(false);
  });
});
