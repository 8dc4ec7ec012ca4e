import { expect } from "@playwright/test";

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100); // eslint-disable-line no-restricted-properties -- test harness
const SINK_URL = `http://127.0.0.1:${E2E_PORT + 1001}`;

export interface ReceivedMail {
  subject: string;
  to: string;
  messageId: string;
  text: string;
  html: string;
}

/**
 * How often to look in the run's SMTP server: the service's worker picks up an email within half a
 * second (MAIL_POLLING_SECONDS, lib/jobs/worker.ts), so looking once a second (expect.poll's
 * default after the first tries) would add up to a second to every wait.
 */
export const MAIL_POLL_INTERVALS = [100, 250, 500];

/** Waits until the run's SMTP server has received a message whose subject includes `text`. */
export async function waitForMail(text: string): Promise<ReceivedMail[]> {
  let found: ReceivedMail[] = [];
  await expect
    .poll(
      async () => {
        const messages = (await (await fetch(`${SINK_URL}/messages`)).json()) as ReceivedMail[];
        found = messages.filter((m) => m.subject.includes(text));
        return found.length;
      },
      { timeout: 30_000, intervals: MAIL_POLL_INTERVALS, message: `an email about ${text}` },
    )
    .toBeGreaterThan(0);
  return found;
}

/** Every message the run's SMTP server has received so far. */
export async function allMail(): Promise<ReceivedMail[]> {
  return (await (await fetch(`${SINK_URL}/messages`)).json()) as ReceivedMail[];
}
