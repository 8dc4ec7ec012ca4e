import lighthouse from "lighthouse";
import { chromium } from "@playwright/test";
import { freePort } from "../../lib/db/embedded";
import { chromiumArgs, chromiumExecutable } from "../e2e/browser";

export interface LighthouseFigures {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** A page to audit; `cookie` for pages only reachable mid-journey (the confirmation page). */
export type AuditedPage = string | { path: string; cookie: string };

/** Lighthouse's default (mobile) audit of each page, in Debian's Chromium. */
export async function auditPages(baseUrl: string, pages: AuditedPage[]): Promise<LighthouseFigures[]> {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...chromiumArgs, `--remote-debugging-port=${port}`],
  });
  try {
    const figures: LighthouseFigures[] = [];
    for (const page of pages) {
      const { path, cookie } = typeof page === "string" ? { path: page, cookie: undefined } : page;
      const extraHeaders = cookie ? { Cookie: cookie } : undefined;
      const result = await lighthouse(baseUrl + path, { port, output: "json", logLevel: "error", extraHeaders });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      figures.push({
        path,
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
        lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? NaN),
        tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? NaN),
        cls: Number((audits["cumulative-layout-shift"]?.numericValue ?? NaN).toFixed(3)),
      });
    }
    return figures;
  } finally {
    await browser.close();
  }
}
