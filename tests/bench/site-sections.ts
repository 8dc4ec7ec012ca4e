// Sections 1, 5, 6 and 7 of `npm run bench` as table rows: content serving, weight, Lighthouse, memory.
import { benchContentServing } from "./content-serving";
import { auditPages, type AuditedPage } from "./lighthouse-audit";
import { peakRssMb } from "./process-stats";
import { kib, ms, percent, type Row } from "./report";
import type { RunningService } from "./service";
import { measureRouteWeight } from "./weight";

type Figures = Record<string, unknown>;

export async function contentServingRows(
  service: RunningService,
  path: string,
  seconds: number,
  figures: Figures,
): Promise<Row[]> {
  const serving = await benchContentServing(service, path, seconds);
  figures.contentServing = serving;
  return [
    {
      section: "content serving",
      measure: `app ${serving.path} req/s (p50 / p99)`,
      value: `${Math.round(serving.app.requestsPerSecond)} (${ms(serving.app.p50)} / ${ms(serving.app.p99)})`,
      target: "",
    },
    {
      section: "content serving",
      measure: "bare node:http req/s (p50 / p99)",
      value: `${Math.round(serving.bare.requestsPerSecond)} (${ms(serving.bare.p50)} / ${ms(serving.bare.p99)})`,
      target: "",
    },
    {
      section: "content serving",
      measure: "server CPU per request, app / bare",
      value: `${serving.app.cpuMsPerRequest.toFixed(2)} / ${serving.bare.cpuMsPerRequest.toFixed(2)} ms`,
      target: "",
    },
    {
      section: "content serving",
      measure: "app ÷ bare",
      value: percent(serving.ratio),
      target: "≥ 10%",
      met: serving.ratio >= 0.1,
    },
    {
      section: "content serving",
      measure: "Cache-Control",
      value: serving.cacheControl ?? "none",
      target: "CDN-cacheable",
      met: /s-maxage|public/.test(serving.cacheControl ?? ""),
    },
  ];
}

/** Content pages have a 120 KiB budget of gzipped JS, form pages 150 KiB. */
export async function weightRows(
  service: RunningService,
  contentPages: string[],
  formPages: string[],
  figures: Figures,
): Promise<Row[]> {
  const rows: Row[] = [];
  const weights = [];
  for (const path of [...contentPages, ...formPages]) {
    const weight = await measureRouteWeight(service.baseUrl, path);
    weights.push(weight);
    const budget = formPages.includes(path) ? 150 : 120;
    rows.push({
      section: "weight",
      measure: `${path} JS / CSS / HTML (gzip)`,
      value: `${kib(weight.jsGzipBytes)} / ${kib(weight.cssGzipBytes)} / ${kib(weight.htmlGzipBytes)}`,
      target: `JS ≤ ${budget} KiB`,
      met: weight.jsGzipBytes <= budget * 1024,
    });
  }
  figures.weight = weights;
  return rows;
}

export async function lighthouseRows(service: RunningService, paths: AuditedPage[], figures: Figures): Promise<Row[]> {
  const audits = await auditPages(service.baseUrl, paths);
  figures.lighthouse = audits;
  return audits.flatMap((a): Row[] => [
    {
      section: "lighthouse",
      measure: `${a.path} perf / a11y / best / SEO`,
      value: `${a.performance} / ${a.accessibility} / ${a.bestPractices} / ${a.seo}`,
      target: "100 / 100 / 100 / 100",
      met: a.performance === 100 && a.accessibility === 100 && a.bestPractices === 100 && a.seo === 100,
    },
    {
      section: "lighthouse",
      measure: `${a.path} LCP / TBT / CLS`,
      value: `${ms(a.lcpMs)} / ${ms(a.tbtMs)} / ${a.cls}`,
      target: "≤ 1200 ms / ≤ 50 ms / 0",
      met: a.lcpMs <= 1200 && a.tbtMs <= 50 && a.cls === 0,
    },
  ]);
}

export async function memoryRows(service: RunningService): Promise<Row[]> {
  const webRss = await peakRssMb(service.webPid);
  const rows: Row[] = [
    {
      section: "memory",
      measure: "web server peak RSS",
      value: `${webRss} MB`,
      target: "≤ 300 MB",
      met: webRss <= 300,
    },
  ];
  if (service.workerPid) {
    const workerRss = await peakRssMb(service.workerPid);
    rows.push({
      section: "memory",
      measure: "worker peak RSS",
      value: `${workerRss} MB`,
      target: "≤ 150 MB",
      met: workerRss <= 150,
    });
  }
  return rows;
}
