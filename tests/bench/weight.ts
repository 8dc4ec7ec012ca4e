import { gzipSync } from "node:zlib";

export interface RouteWeight {
  path: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  jsGzipBytes: number;
  cssGzipBytes: number;
  scripts: number;
}

/** Script URLs a modern browser loads: `nomodule` polyfills are for old browsers only. */
export function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1]!)
    .filter((attributes) => !/\snomodule\b/i.test(attributes))
    .map((attributes) => /\ssrc="([^"]+)"/.exec(attributes)?.[1])
    .filter((src): src is string => Boolean(src));
}

/** What a browser downloads for a route: its HTML, and the JS and CSS its tags load, gzipped. */
export async function measureRouteWeight(baseUrl: string, path: string): Promise<RouteWeight> {
  const response = await fetch(baseUrl + path);
  const html = await response.text();
  const scripts = scriptSources(html);
  const styles = [
    ...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]*rel="stylesheet"/g),
  ].map((m) => (m[1] ?? m[2])!);
  const gzippedTotal = async (urls: string[]) => {
    let total = 0;
    for (const url of new Set(urls)) {
      const body = Buffer.from(await (await fetch(new URL(url.replaceAll("&amp;", "&"), baseUrl))).arrayBuffer());
      total += gzipSync(body).length;
    }
    return total;
  };
  return {
    path,
    htmlBytes: Buffer.byteLength(html),
    htmlGzipBytes: gzipSync(html).length,
    jsGzipBytes: await gzippedTotal(scripts),
    cssGzipBytes: await gzippedTotal(styles),
    scripts: new Set(scripts).size,
  };
}
