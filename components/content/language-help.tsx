import { getService } from "@/lib/config";
import type { LanguageLine } from "@/lib/config/language-help-schema";
import { telHref } from "@/lib/content/phone";

/** One line in its own language; the number stays left-to-right inside right-to-left text. */
function Line({ line, phone }: { line: LanguageLine; phone: string }) {
  const [before, after] = line.text.split("{phone}");
  return (
    <li lang={line.lang} dir={line.dir}>
      {before}
      <a href={telHref(phone)} dir="ltr">
        {phone}
      </a>
      {after}
    </li>
  );
}

/**
 * "Need help in your language?" on /refer and every programme page: each line is written in its
 * own language and script (text from content/service.json), marked with `lang` so screen readers
 * switch voice, and says to phone and name the language so an interpreter can call back.
 */
export function LanguageHelp() {
  const { phone, languageHelp } = getService();
  return (
    <section className="language-help" aria-labelledby="language-help-heading">
      <h2 className="nhsuk-heading-s" id="language-help-heading">
        Need help in your language?
      </h2>
      <p>Call us and tell us the name of your language. An interpreter will call you back.</p>
      <ul className="nhsuk-list">
        {languageHelp.lines.map((line) => (
          <Line key={line.lang} line={line} phone={phone} />
        ))}
      </ul>
    </section>
  );
}
