import { EXIT_PATH } from "@/lib/referrals/privacy-paths";

/**
 * Exit this page on Get help now (H05). A content page ships no client components, so this is
 * server HTML that works as a plain link, enhanced by public/exit-this-page.js (the Shift
 * shortcut and a replaced history entry). Form pages use components/privacy/exit-this-page.tsx.
 */
export function ExitThisPageLink() {
  return (
    <div className="app-exit-this-page" data-exit-this-page="">
      <a
        href={EXIT_PATH}
        className="nhsuk-button nhsuk-button--warning app-exit-this-page__button"
        rel="nofollow noreferrer"
        data-testid="exit-this-page"
      >
        <span className="nhsuk-u-visually-hidden">Emergency</span> Exit this page
      </a>
      <span className="nhsuk-u-visually-hidden app-exit-this-page__hint">
        Or press the Shift key 3 times to leave quickly.
      </span>
      <span className="nhsuk-u-visually-hidden" role="status" />
      {/* Same-origin file, allowed by the static pages' policy; async, so React also loads it after a client-side navigation. */}
      <script src="/exit-this-page.js" async />
    </div>
  );
}
