// How a browser without JavaScript sends the "Check your answers" form: the page's server-action
// form posted as multipart/form-data with every input it holds, the draft cookie and an Origin.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { DONE_COOKIE } from "../../app/_journey/request";
import { DRAFT_COOKIE_PREFIX } from "../../lib/referrals/drafts";
import { IDEMPOTENCY_FIELD } from "../../lib/forms/read-form";
import { canPin, pinToServerCores } from "./load";
import type { RunningService } from "./service";
import type { SeededDraft } from "./seed-drafts";

const BOUNDARY = "----iptbench7MA4YWxkTrZu0gW";

export interface SubmitForm {
  /** For the load generator: `{{token}}`, `{{key}}` and `{{ip}}` are filled per request. */
  load: { url: string; method: "POST"; headers: Record<string, string>; body: string };
  /** One submission as the browser sends it: the status and the reference from the confirmation cookie. */
  send(draft: SeededDraft, ip: string): Promise<{ status: number; location: string | null; reference: string | null }>;
}

/** Reads the check page once (with one seeded draft's cookie) to learn its form's fields. */
export async function submitForm(
  service: RunningService,
  journeySlug: string,
  draft: SeededDraft,
): Promise<SubmitForm> {
  const url = `${service.baseUrl}/refer/${journeySlug}/check`;
  const DRAFT_COOKIE = `${DRAFT_COOKIE_PREFIX}${journeySlug}`;
  const page = await fetch(url, { headers: { Cookie: `${DRAFT_COOKIE}=${draft.token}` } });
  const html = await page.text();
  const form = [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)]
    .map((m) => m[1]!)
    .find((f) => f.includes(`name="${IDEMPOTENCY_FIELD}"`));
  if (!form) throw new Error(`${url} has no form with an idempotency key (status ${page.status})`);
  const fields = [...form.matchAll(/<input\b([^>]*)>/g)].map((m) => ({
    name: attribute(m[1]!, "name"),
    value: attribute(m[1]!, "value") ?? "",
  }));
  const parts = fields
    .filter((f): f is { name: string; value: string } => f.name !== null)
    .map((f) => [f.name, f.name === IDEMPOTENCY_FIELD ? "{{key}}" : f.value] as const);
  const body =
    parts
      .map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join("") + `--${BOUNDARY}--\r\n`;
  const headers = {
    "Content-Type": `multipart/form-data; boundary=${BOUNDARY}`,
    Origin: service.baseUrl,
    Cookie: `${DRAFT_COOKIE}={{token}}`,
    "X-Forwarded-For": "{{ip}}",
  };
  const fill = (text: string, draft: SeededDraft, ip: string) =>
    text.replace("{{token}}", draft.token).replace("{{key}}", draft.idempotencyKey).replace("{{ip}}", ip);
  return {
    load: { url, method: "POST", headers, body },
    async send(draft, ip) {
      const response = await fetch(url, {
        method: "POST",
        redirect: "manual",
        headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, fill(v, draft, ip)])),
        body: fill(body, draft, ip),
      });
      const done = response.headers.getSetCookie().find((c) => c.startsWith(`${DONE_COOKIE}=`));
      const reference = done ? (/:([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(decodeURIComponent(done))?.[1] ?? null) : null;
      await response.arrayBuffer();
      return { status: response.status, location: response.headers.get("location"), reference };
    },
  };
}

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(attributes);
  return match
    ? match[1]!
        .replaceAll("&quot;", '"')
        .replaceAll("&#x27;", "'")
        .replaceAll("&lt;", "<")
        .replaceAll("&gt;", ">")
        .replaceAll("&amp;", "&")
    : null;
}

/** Pins the embedded Postgres and its backends to the server's core(s), like the web server. */
export async function pinDatabase(postmasterPid: number): Promise<void> {
  if (!canPin) return;
  const { stdout } = await promisify(execFile)("ps", ["--ppid", String(postmasterPid), "-o", "pid="]).catch(() => ({
    stdout: "",
  }));
  for (const pid of [postmasterPid, ...stdout.split("\n").map(Number).filter(Boolean)])
    await pinToServerCores(pid).catch(() => {});
}
