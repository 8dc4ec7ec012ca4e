// The web process: Next.js's request handler behind a plain node:http server, so that every
// request carries the socket's address in a header the client cannot set
// (lib/cli/web-request-listener.ts). `next start` would leave a client's own
// X-Forwarded-For in place, and a route handler cannot see the socket.
import { createServer } from "node:http";
import next from "next";
import { webRequestListener, webUpgradeListener } from "./web-request-listener";

const [mode, portText, host] = process.argv.slice(2);
const port = Number(portText);
const dev = mode === "dev";

const app = next({ dev, hostname: host, port, dir: process.cwd() });
const handle = app.getRequestHandler();

void app.prepare().then(() => {
  const upgrade = app.getUpgradeHandler();
  const server = createServer(webRequestListener(handle));
  // Hot reload in development uses a websocket.
  server.on("upgrade", webUpgradeListener(upgrade));
  server.listen(port, host, () => console.log(`[ipt] web server listening on ${host}:${port}`));
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
});
