"use client";

import { useEffect, useRef, useState, useSyncExternalStore, type MouseEvent } from "react";

/** Shift pressed this many times within SHIFT_WINDOW_MS leaves the page (as GOV.UK's component). */
const SHIFT_PRESSES = 3;
const SHIFT_WINDOW_MS = 5000;

/**
 * "Exit this page" (GOV.UK pattern), for someone who must hide what they are reading quickly.
 * Without JavaScript it is a link to /exit-this-page, which deletes this device's drafts and
 * redirects to a neutral site. With JavaScript the page is hidden at once, the location is
 * replaced (so Back does not return here), and pressing Shift three times does the same.
 */
export function ExitThisPage({ href }: { href: string }) {
  const [status, setStatus] = useState("");
  // True once the page runs JavaScript, when the shortcut works: only then is it announced.
  const shortcut = useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
  const [leaving, setLeaving] = useState(false);
  const presses = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const exit = () => leave(href, setLeaving);
    let lastKeyWasModified = false;
    const onKeyUp = (event: KeyboardEvent) => {
      // Shift used as a modifier (Shift+A for a capital) fires a keyup for A with shiftKey set, then
      // one for Shift: that Shift is not a press of its own, so typing capitals never exits.
      const alone = event.key === "Shift" && !lastKeyWasModified;
      lastKeyWasModified = event.shiftKey;
      if (!alone) {
        if (event.key !== "Shift") presses.current = 0;
        return;
      }
      presses.current += 1;
      window.clearTimeout(timer.current);
      if (presses.current >= SHIFT_PRESSES) {
        presses.current = 0;
        exit();
        return;
      }
      const left = SHIFT_PRESSES - presses.current;
      setStatus(`Shift, press ${left} more time${left === 1 ? "" : "s"} to exit.`);
      timer.current = window.setTimeout(() => {
        presses.current = 0;
        setStatus("Exit this page expired.");
      }, SHIFT_WINDOW_MS);
    };
    // Coming back through the browser's history: show the page again, count from nothing.
    const onPageShow = () => {
      presses.current = 0;
      setLeaving(false);
      setStatus("");
    };
    document.addEventListener("keyup", onKeyUp, true);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      document.removeEventListener("keyup", onKeyUp, true);
      window.removeEventListener("pageshow", onPageShow);
      window.clearTimeout(timer.current);
    };
  }, [href]);

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    leave(href, setLeaving);
  };

  return (
    <div className="app-exit-this-page">
      <a
        href={href}
        className="nhsuk-button nhsuk-button--warning app-exit-this-page__button"
        rel="nofollow noreferrer"
        data-testid="exit-this-page"
        onClick={onClick}
      >
        <span className="nhsuk-u-visually-hidden">Emergency</span> Exit this page
      </a>
      {shortcut && <span className="nhsuk-u-visually-hidden">Or press the Shift key 3 times to leave quickly.</span>}
      <span className="nhsuk-u-visually-hidden" role="status">
        {status}
      </span>
      {leaving && (
        <div className="app-exit-this-page__overlay" role="alert">
          Loading.
        </div>
      )}
    </div>
  );
}

const noChanges = () => () => {};

function leave(href: string, setLeaving: (leaving: boolean) => void) {
  // Hide what was on screen before the next site has loaded.
  document.body.classList.add("app-exit-this-page--hide-content");
  setLeaving(true);
  window.location.replace(href);
}
