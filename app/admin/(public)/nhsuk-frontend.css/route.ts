import { readFile } from "node:fs/promises";
import path from "node:path";

// The NHS design system's stylesheet, served as published: Turbopack's CSS parser rejects two of
// its rules (an old IE hack and a container query), so it is not bundled. Public: it is only CSS.
// The web font is dropped: it comes from assets.nhs.uk, which the Content-Security-Policy does
// not allow (and is licensed for NHS services only); the system font stack is used instead.
let stylesheet: Promise<string> | undefined;

async function load(): Promise<string> {
  const css = await readFile(
    path.join(process.cwd(), "node_modules/nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css"),
    "utf8",
  );
  return css.replace(/@font-face\{[^}]*\}/g, "");
}

export async function GET(): Promise<Response> {
  stylesheet ??= load();
  return new Response(await stylesheet, {
    headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
