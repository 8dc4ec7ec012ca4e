// `npm run bench`: measures the production build against its ceilings in one run, prints one
// table, and saves the figures as JSON under tests/bench/results/. Not part of `npm test`.
//   --seconds=N       length of each load (default 10)
//   --sections=2,3    only these sections (3's worker burst needs 2's backlog)
//   --no-build        reuse the existing .next build
import { execFileSync } from "node:child_process";
import { startSmtpSink } from "../helpers/smtp-sink";
import { inboxRows, notificationLatencyRows, submissionAndBurstRows } from "./referral-sections";
import { machineDescription, markdownTable, saveResults, type Row } from "./report";
import { root, startService } from "./service";
import { contentServingRows, lighthouseRows, memoryRows, weightRows } from "./site-sections";

const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const SECONDS = Number(flag("seconds") ?? 10);
const only = flag("sections")?.split(",").map(Number);
const want = (section: number) => !only || only.includes(section);
const CONTENT_PAGES = ["/", "/ipt-for-adults"];
const FORM_PAGES = ["/refer", "/refer/adult/about"];
// Home, a programme page, the first referral step, and the confirmation page (which shows the
// reference remembered in the journey's "done" cookie; any well-formed reference will do).
const LIGHTHOUSE_PAGES = [
  "/",
  "/ipt-for-adults",
  "/refer",
  { path: "/refer/adult/confirmation", cookie: "ipt_done=adult:BNCH-MARK" },
];

if (!process.argv.includes("--no-build")) {
  console.log(`Building the production app…`);
  execFileSync("npm", ["run", "build", "--silent"], {
    cwd: root,
    stdio: "ignore",
    // eslint-disable-next-line no-restricted-properties -- benchmark harness
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

// The worker sends to a real SMTP server in this process, so arrival times can be read.
const sink = await startSmtpSink();
const service = await startService({ SMTP_URL: sink.url, SMTP_ALLOW_PLAINTEXT: "true" });
// Rows by section number. Sections run in the order that keeps each clean: the notification
// latency on an idle queue first, then submissions with the worker paused (so their backlog
// does not compete for the cores), then the worker alone on that backlog, then the rest with
// the worker paused again.
const sections: Row[][] = Array.from({ length: 8 }, () => []);
const figures: Record<string, unknown> = {};
try {
  if (want(1)) {
    console.log("1. Content page serving…");
    sections[1]!.push(...(await contentServingRows(service, CONTENT_PAGES[1]!, SECONDS, figures)));
  }
  if (want(3)) {
    console.log("3. Notification: submission to email accepted…");
    sections[3]!.push(...(await notificationLatencyRows(service, sink, figures)));
  }
  if (want(2)) {
    console.log("2. Submitting a referral, then 3. the worker's burst…");
    const rows = await submissionAndBurstRows(service, sink, SECONDS, figures);
    sections[2]!.push(...rows.filter((r) => r.section === "submission"));
    sections[3]!.push(...rows.filter((r) => r.section !== "submission"));
  }
  if (want(4)) {
    console.log("4. Inbox at scale (100,000 referrals)…");
    sections[4]!.push(...(await inboxRows(service, figures)));
  }
  if (want(5)) {
    console.log("5. Weight…");
    sections[5]!.push(...(await weightRows(service, CONTENT_PAGES, FORM_PAGES, figures)));
  }
  if (want(6)) {
    console.log("6. Lighthouse (mobile)…");
    sections[6]!.push(...(await lighthouseRows(service, LIGHTHOUSE_PAGES, figures)));
  }
  console.log("7. Memory…");
  sections[7]!.push(...(await memoryRows(service)));
} finally {
  await service.stop();
  await sink.stop();
}

const rows = sections.flat();
const table = markdownTable(rows);
const file = await saveResults(figures, rows);
console.log(
  `\n${new Date().toISOString().slice(0, 10)} on ${machineDescription()}\n\n${table}\n\nFull figures: ${file}`,
);
