// The SMTP server the end-to-end run sends to, started by Playwright beside the app. Tests read
// what arrived over HTTP: GET /messages.
import { createServer } from "node:http";
import { startSmtpSink } from "../helpers/smtp-sink";

const smtpPort = Number(process.argv[2]);
const httpPort = Number(process.argv[3]);
const sink = await startSmtpSink({ port: smtpPort });

const server = createServer((request, response) => {
  if (request.url === "/health") return void response.end("ok");
  if (request.url === "/messages") {
    const messages = sink.messages.map((m) => ({
      subject: m.subject ?? "",
      to: m.to ? (Array.isArray(m.to) ? m.to : [m.to]).map((a) => a.text).join(", ") : "",
      messageId: m.messageId ?? "",
      text: m.text ?? "",
      html: typeof m.html === "string" ? m.html : "",
    }));
    response.setHeader("Content-Type", "application/json");
    return void response.end(JSON.stringify(messages));
  }
  response.statusCode = 404;
  response.end();
});
server.listen(httpPort, "127.0.0.1");

const stop = () => server.close(() => void sink.stop().then(() => process.exit(0)));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
