import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * accept: store every message; refuse: answer 421 to every connection; hang: take the message, never
 * answer; no-greeting: accept the connection and say nothing; slow: answer 250 only after `slowMs`;
 * reject550: refuse every recipient permanently (550).
 */
export type SinkMode = "accept" | "refuse" | "hang" | "no-greeting" | "slow" | "reject550";

export interface SmtpSink {
  port: number;
  url: string;
  messages: ParsedMail[];
  /** Connections the sink has seen, in any mode: proof that the sender tried. */
  attempts: number;
  /**
   * Whole messages the sink received but did not answer with 250 before the client went away. A real
   * relay that commits at end-of-data may deliver these, so they count as possible copies.
   */
  abandoned: ParsedMail[];
  setMode(mode: SinkMode, options?: { slowMs?: number }): void;
  /** Runs after a whole message has arrived and before the server answers 250 (say, to freeze the sender). */
  beforeAnswer(hook: ((mail: ParsedMail) => Promise<void>) | null): void;
  /** Resolves when at least `count` messages have arrived; rejects after `timeoutMs`. */
  waitForMessages(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  waitForAttempts(count: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 for tests, parsing what arrives with mailparser. */
export async function startSmtpSink(options: { port?: number; mode?: SinkMode } = {}): Promise<SmtpSink> {
  let mode: SinkMode = options.mode ?? "accept";
  let slowMs = 0;
  let hook: ((mail: ParsedMail) => Promise<void>) | null = null;
  const messages: ParsedMail[] = [];
  const abandoned: ParsedMail[] = [];
  const closed = new Set<string>();
  let attempts = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onConnect(_session, callback) {
      attempts++;
      if (mode === "refuse")
        return callback(Object.assign(new Error("Service not available, try again later"), { responseCode: 421 }));
      if (mode === "no-greeting") return; // the sender's greeting timeout must end it
      callback();
    },
    onRcptTo(_address, _session, callback) {
      if (mode === "reject550") return callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
      callback();
    },
    onClose(session) {
      closed.add(session.id);
    },
    onData(stream, session, callback) {
      const answerAfter = mode === "hang" ? Infinity : mode === "slow" ? slowMs : 0;
      simpleParser(stream)
        .then(async (mail) => {
          if (hook) await hook(mail);
          if (answerAfter === 0) {
            messages.push(mail);
            return callback();
          }
          // Read the whole message, then answer late (or never): the sender may give up first.
          if (answerAfter === Infinity) return void abandoned.push(mail);
          setTimeout(() => {
            if (closed.has(session.id)) abandoned.push(mail);
            else messages.push(mail);
            callback();
          }, answerAfter);
        })
        .catch(callback);
    },
  });
  server.on("error", () => {});
  const port = await new Promise<number>((resolve, reject) => {
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve((server.server.address() as { port: number }).port));
    server.server.once("error", reject);
  });
  const until = async (ready: () => boolean, what: string, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!ready()) {
      if (Date.now() > deadline) throw new Error(`SMTP sink: ${what} did not happen within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    abandoned,
    get attempts() {
      return attempts;
    },
    beforeAnswer: (next) => {
      hook = next;
    },
    setMode: (next, settings) => {
      mode = next;
      slowMs = settings?.slowMs ?? 0;
    },
    async waitForMessages(count, timeoutMs = 30_000) {
      await until(() => messages.length >= count, `${count} message(s)`, timeoutMs);
      return messages;
    },
    waitForAttempts: (count, timeoutMs = 30_000) => until(() => attempts >= count, `${count} connection(s)`, timeoutMs),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
