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
      { timeout: 30_000, message: `an email about ${text}` },
    )
    .toBeGreaterThan(0);
  return found;
}

/** Every message the run's SMTP server has received so far. */
export async function allMail(): Promise<ReceivedMail[]> {
  return (await (await fetch(`${SINK_URL}/messages`)).json()) as ReceivedMail[];
}
