// `npm run bench`: measures the production build against its ceilings in one run, prints one
// table, and saves the figures as JSON under tests/bench/results/. Not part of `npm test`.
import { execFileSync } from "node:child_process";
import { benchContentServing } from "./content-serving";
import { auditPages } from "./lighthouse-audit";
import { peakRssMb } from "./process-stats";
import { kib, machineDescription, markdownTable, ms, percent, saveResults, type Row } from "./report";
import { startSmtpSink } from "../helpers/smtp-sink";
import { inboxRows, notificationLatencyRows, submissionAndBurstRows } from "./referral-sections";
import { root, startService } from "./service";
import { measureRouteWeight } from "./weight";

const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const SECONDS = Number(flag("seconds") ?? 10);
// --sections=2,3 runs only those sections (the worker's burst in 3 needs 2's backlog); --no-build reuses .next.
const only = flag("sections")?.split(",").map(Number);
const want = (section: number) => !only || only.includes(section);
const CONTENT_PAGES = ["/", "/ipt-for-adults"];
const FORM_PAGES: string[] = [];
const LIGHTHOUSE_PAGES = ["/", "/ipt-for-adults"];

if (!process.argv.includes("--no-build")) {
  console.log(`Building the production app…`);
  execFileSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } }); // eslint-disable-line no-restricted-properties -- benchmark harness
}

const sink = await startSmtpSink();
const service = await startService({ SMTP_URL: sink.url });
// Rows by section number; sections run in the order that keeps each one clean (see below).
const sections: Row[][] = [[], [], [], [], [], [], [], []];
let rows = sections[1]!;
const figures: Record<string, unknown> = {};
try {
  if (want(1)) {
  console.log("1. Content page serving…");
  const serving = await benchContentServing(service, CONTENT_PAGES[1]!, SECONDS);
  figures.contentServing = serving;
  rows.push(
    { section: "content serving", measure: `app ${serving.path} req/s (p50 / p99)`, value: `${Math.round(serving.app.requestsPerSecond)} (${ms(serving.app.p50)} / ${ms(serving.app.p99)})`, target: "" },
    { section: "content serving", measure: "bare node:http req/s (p50 / p99)", value: `${Math.round(serving.bare.requestsPerSecond)} (${ms(serving.bare.p50)} / ${ms(serving.bare.p99)})`, target: "" },
    { section: "content serving", measure: "server CPU per request, app / bare", value: `${serving.app.cpuMsPerRequest.toFixed(2)} / ${serving.bare.cpuMsPerRequest.toFixed(2)} ms`, target: "" },
    { section: "content serving", measure: "app ÷ bare", value: percent(serving.ratio), target: "≥ 10%", met: serving.ratio >= 0.1 },
    { section: "content serving", measure: "Cache-Control", value: serving.cacheControl ?? "none", target: "CDN-cacheable", met: /s-maxage|public/.test(serving.cacheControl ?? "") },
  );

  }

  if (want(3)) {
    console.log("3. Notification: submission to email accepted…");
    sections[3]!.push(...(await notificationLatencyRows(service, sink, figures)));
  }

  // The worker is paused while the submissions run (so their backlog does not compete for the
  // cores), then resumed alone to measure its emails per second, then paused for the rest.
  if (want(2)) {
    console.log("2. Submitting a referral…");
    const [submission, burst] = partition(await submissionAndBurstRows(service, sink, SECONDS, figures));
    sections[2]!.push(...submission);
    sections[3]!.push(...burst);
  }

  if (want(4)) {
    console.log("4. Inbox at scale (100,000 referrals)…");
    sections[4]!.push(...(await inboxRows(service, figures)));
  }

  if (want(5)) {
  console.log("5. Weight…");
  rows = sections[5]!;
  const weights = [];
  for (const path of [...CONTENT_PAGES, ...FORM_PAGES]) {
    const weight = await measureRouteWeight(service.baseUrl, path);
    weights.push(weight);
    const budget = FORM_PAGES.includes(path) ? 150 : 120;
    rows.push({
      section: "weight",
      measure: `${path} JS / CSS / HTML (gzip)`,
      value: `${kib(weight.jsGzipBytes)} / ${kib(weight.cssGzipBytes)} / ${kib(weight.htmlGzipBytes)}`,
      target: `JS ≤ ${budget} KiB`,
      met: weight.jsGzipBytes <= budget * 1024,
    });
  }
  figures.weight = weights;

  }

  if (want(6)) {
  console.log("6. Lighthouse (mobile)…");
  rows = sections[6]!;
  const audits = await auditPages(service.baseUrl, LIGHTHOUSE_PAGES);
  figures.lighthouse = audits;
  for (const a of audits) {
    const perfect = a.performance === 100 && a.accessibility === 100 && a.bestPractices === 100 && a.seo === 100;
    rows.push(
      { section: "lighthouse", measure: `${a.path} perf / a11y / best / SEO`, value: `${a.performance} / ${a.accessibility} / ${a.bestPractices} / ${a.seo}`, target: "100 / 100 / 100 / 100", met: perfect },
      { section: "lighthouse", measure: `${a.path} LCP / TBT / CLS`, value: `${ms(a.lcpMs)} / ${ms(a.tbtMs)} / ${a.cls}`, target: "≤ 1200 ms / ≤ 50 ms / 0", met: a.lcpMs <= 1200 && a.tbtMs <= 50 && a.cls === 0 },
    );
  }

  }

  console.log("7. Memory…");
  rows = sections[7]!;
  const webRss = await peakRssMb(service.webPid);
  rows.push({ section: "memory", measure: "web server peak RSS", value: `${webRss} MB`, target: "≤ 300 MB", met: webRss <= 300 });
  if (service.workerPid) {
    const workerRss = await peakRssMb(service.workerPid);
    rows.push({ section: "memory", measure: "worker peak RSS", value: `${workerRss} MB`, target: "≤ 150 MB", met: workerRss <= 150 });
  }
} finally {
  await service.stop();
  await sink.stop();
}

function partition(list: Row[]): [Row[], Row[]] {
  return [list.filter((r) => r.section === "submission"), list.filter((r) => r.section !== "submission")];
}

const allRows = sections.flat();
const table = markdownTable(allRows);
const file = await saveResults(figures, allRows);
console.log(`\n${new Date().toISOString().slice(0, 10)} on ${machineDescription()}\n\n${table}\n\nFull figures: ${file}`);
