import { z } from "zod";

/**
 * "Need help in your language?": one line per language, written in that language, telling the
 * reader to phone and say the name of their language so an interpreter can call back. The text
 * holds `{phone}` where the service's number goes. Translations are clinical content: a wrong
 * line can turn someone away, so the go-live gate asks who checked them (lib/config/go-live.ts).
 */
const languageLineSchema = z
  .object({
    /** BCP 47 tag, set as `lang` on the line so screen readers speak it in the right voice. */
    lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "expected a language tag such as pl or pa-Guru"),
    /** The English name, for staff reading this file and the source check. */
    englishName: z.string().trim().min(1).max(40),
    /** The language's own name for itself, in its own script ("Polski", "ਪੰਜਾਬੀ"). */
    nativeName: z.string().trim().min(1).max(40),
    dir: z.enum(["ltr", "rtl"]),
    text: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .refine((t) => t.split("{phone}").length === 2, "must contain {phone} exactly once"),
  })
  .strict()
  .refine((line) => line.text.includes(line.nativeName), {
    message: "text must name its language (nativeName) so the reader knows what to say on the phone",
    path: ["text"],
  });

export const languageHelpSchema = z
  .object({
    $comment: z.string().optional(),
    /** Where the choice of languages comes from (for the safety case's content facts). */
    source: z.string().trim().min(1).max(300),
    /**
     * Who checked the translations and when, for example "A. Translator (ITI member), 2027-01-10".
     * null until a qualified translator has read every line; live mode refuses null.
     */
    translationsCheckedBy: z.string().trim().min(1).max(200).nullable(),
    lines: z.array(languageLineSchema).min(1),
  })
  .strict()
  .refine((help) => new Set(help.lines.map((l) => l.lang)).size === help.lines.length, {
    message: "each language once",
    path: ["lines"],
  });

export type LanguageHelp = z.infer<typeof languageHelpSchema>;
export type LanguageLine = LanguageHelp["lines"][number];
