"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { timeLeftInWords, timeoutDelayMs, warningDelayMs } from "@/lib/referrals/draft-timeout";

export interface TimeoutWarningProps {
  /** Seconds the draft had left when the page was drawn (the server decides). */
  secondsLeft: number;
  idleMinutes: number;
  /** "Continue": asks the server for another full period; resolves to the seconds it now has (0: gone). */
  keepGoing: () => Promise<number>;
  deleteHref: string;
}

/**
 * The GOV.UK timeout warning, on a native <dialog>: shown two minutes before the draft's timeout,
 * with focus moved into it and its text announced. "Continue" renews the draft on the server;
 * otherwise, at the timeout, the page reloads and the server says the answers were deleted.
 * Escape also continues, as GOV.UK's does: closing the warning is a sign someone is there.
 */
export function TimeoutWarning({ secondsLeft, idleMinutes, keepGoing, deleteHref }: TimeoutWarningProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [deadline, setDeadline] = useState(0);
  const [open, setOpen] = useState(false);
  const [now, setNow] = useState(0);
  // A new object for each renewal, so the timers restart even when the seconds are the same.
  const [period, setPeriod] = useState({ seconds: secondsLeft });
  const left = period.seconds;

  useEffect(() => {
    const started = Date.now();
    const warn = window.setTimeout(() => {
      setDeadline(started + left * 1000);
      setNow(Date.now());
      setOpen(true);
      if (!dialog.current?.open) dialog.current?.showModal();
    }, warningDelayMs(left));
    // The server decides: a reload shows the page again if another tab kept the answers, or says they were deleted.
    const end = window.setTimeout(() => window.location.replace(window.location.href), timeoutDelayMs(left));
    return () => {
      window.clearTimeout(warn);
      window.clearTimeout(end);
    };
  }, [period, left]);

  // While the warning is open, the time left is shown in words, updated each second (not announced each time).
  useEffect(() => {
    if (!open) return;
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [open]);

  const carryOn = useCallback(async () => {
    dialog.current?.close();
    setOpen(false);
    const renewed = await keepGoing().catch(() => 0);
    if (renewed > 0) setPeriod({ seconds: renewed });
    else window.location.replace(window.location.href);
  }, [keepGoing]);

  const remaining = open ? Math.max(0, Math.round((deadline - now) / 1000)) : left;
  return (
    <dialog
      ref={dialog}
      className="app-timeout-warning"
      aria-labelledby="timeout-warning-heading"
      aria-describedby="timeout-warning-text"
      onCancel={(event) => {
        event.preventDefault();
        void carryOn();
      }}
    >
      <h2 className="nhsuk-heading-m" id="timeout-warning-heading">
        We will delete your answers soon
      </h2>
      <p id="timeout-warning-text">
        You have not done anything for a while. To protect your privacy, we will delete your answers in{" "}
        <span data-testid="timeout-time-left">{timeLeftInWords(remaining)}</span> unless you continue. We delete answers
        after {idleMinutes} minutes without activity.
      </p>
      <button type="button" className="nhsuk-button" onClick={() => void carryOn()}>
        Continue with the form
      </button>
      <p>
        <a href={deleteHref}>Delete my answers now</a>
      </p>
    </dialog>
  );
}
