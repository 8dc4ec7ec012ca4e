// `npm start` (after the build) and `npm run dev`: the database, its migrations, the web server,
// each started in turn and stopped together on Ctrl-C.
import path from "node:path";
import { getEnv, getService, processEnvironment } from "@/lib/config";
import { installJobs } from "@/lib/jobs";
import { enforceServiceMode } from "@/lib/config/go-live"; // go-live gate (issue 12)
import { nextServerArgs, startNodeChild, stopChildren, typeScriptArgs } from "./children";
import { prepareDatabase } from "./database";
import { restartOnExit } from "./restart-on-exit";
import { runCli } from "./run-cli";
import { Shutdown } from "./shutdown";
import { waitForHttp } from "./wait-for-http";

const mode = process.argv.includes("--dev") ? "dev" : "start";
const log = (line: string) => console.log(`[ipt] ${line}`);
const shutdown = new Shutdown(log);

runCli(async () => {
  const env = getEnv();
  log(enforceServiceMode(env, getService())); // go-live gate (issue 12): refuses live mode with example values
  const db = await prepareDatabase(env, log);
  shutdown.add(() => db.stop());
  if (shutdown.isStopping) return;
  // The job queue's own schema and queues, before anything sends or works jobs.
  await installJobs(db.url);
  // The web server and worker connect as the app role, which owns nothing (lib/db/roles.ts).
  await db.grantAppRights();
  if (shutdown.isStopping) return;

  const childEnv: NodeJS.ProcessEnv = {
    // This command runs a worker beside the web server, so health reports a silent worker as a fault
    // (unless the operator said otherwise).
    HEALTH_EXPECTS_WORKER: "true",
    ...processEnvironment(),
    DATABASE_URL: db.appUrl,
    NODE_ENV: mode === "dev" ? "development" : "production",
  };
  const web = startNodeChild("web", nextServerArgs(mode, env.PORT, env.HOST), childEnv);
  // The worker sends referral notifications; it runs beside the web server (npm run worker runs one
  // alone). If it crashes it is started again; the website keeps answering meanwhile.
  const worker = restartOnExit(
    () => startNodeChild("worker", typeScriptArgs(path.join("lib", "cli", "worker.ts")), childEnv),
    log,
  );
  shutdown.add(async () => {
    worker.stopRestarting();
    await stopChildren([web, worker.current()]);
  });
  void web.exited.then((code) => {
    if (shutdown.isStopping) return;
    log(`The web process exited (code ${code}); stopping the rest.`);
    void shutdown.stop(code || 1);
  });

  const url = `http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${env.PORT}`;
  await waitForHttp(`${url}/api/health`, 120_000);
  if (shutdown.isStopping) return;
  log(`Ready at ${url}`);
  log(
    db.embedded
      ? `Database: embedded Postgres, data in ${path.resolve(env.DATA_DIR, "postgres")}`
      : "Database: DATABASE_URL",
  );
  log(
    env.SMTP_URL
      ? "Mail: sent through SMTP_URL"
      : `Mail: written as .eml files to ${path.resolve(env.DATA_DIR, "mail")}`,
  );
  log("Create a staff account: npm run staff:create -- --email ADDRESS --name NAME --role admin");
  log("Press Ctrl-C to stop.");
});
