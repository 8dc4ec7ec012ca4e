import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/** accept: store every message; refuse: answer 421 to every connection; hang: take the message, never answer. */
export type SinkMode = "accept" | "refuse" | "hang";

export interface SmtpSink {
  port: number;
  url: string;
  messages: ParsedMail[];
  /** Connections the sink has seen, in any mode: proof that the sender tried. */
  attempts: number;
  setMode(mode: SinkMode): void;
  /** Resolves when at least `count` messages have arrived; rejects after `timeoutMs`. */
  waitForMessages(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  waitForAttempts(count: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 for tests, parsing what arrives with mailparser. */
export async function startSmtpSink(options: { port?: number; mode?: SinkMode } = {}): Promise<SmtpSink> {
  let mode: SinkMode = options.mode ?? "accept";
  const messages: ParsedMail[] = [];
  let attempts = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onConnect(_session, callback) {
      attempts++;
      if (mode === "refuse") return callback(Object.assign(new Error("Service not available, try again later"), { responseCode: 421 }));
      callback();
    },
    onData(stream, _session, callback) {
      if (mode === "hang") {
        stream.resume(); // read the message, then never answer: the sender must time out
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
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
    get attempts() {
      return attempts;
    },
    setMode: (next) => {
      mode = next;
    },
    async waitForMessages(count, timeoutMs = 30_000) {
      await until(() => messages.length >= count, `${count} message(s)`, timeoutMs);
      return messages;
    },
    waitForAttempts: (count, timeoutMs = 30_000) => until(() => attempts >= count, `${count} connection(s)`, timeoutMs),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
