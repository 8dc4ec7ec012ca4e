// `npm run serve` / `npm run dev`: runs serve.ts in a process group of its own and passes it the
// stop signal. Ctrl-C in a terminal signals the whole foreground group; without this, the embedded
// Postgres got it at the same moment as the app and shut down first, so the worker could not record
// an email it had just sent. Now only this launcher hears Ctrl-C, and serve.ts stops the web server
// and worker first and Postgres last.
import { spawn } from "node:child_process";
import path from "node:path";
import { typeScriptArgs } from "./children";

const child = spawn(
  process.execPath,
  [...typeScriptArgs(path.join(import.meta.dirname, "serve.ts")), ...process.argv.slice(2)],
  {
    stdio: "inherit",
    detached: true,
  },
);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  });
}
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
