/** Escapes text for HTML, so anything a person typed shows as typed and never runs. */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

/** A plain HTML email body: a heading, paragraphs and an optional table of label/value rows, all escaped. */
export function htmlEmail(opts: {
  heading: string;
  paragraphs: string[];
  rows?: [string, string][];
  link?: { href: string; text: string };
}): string {
  const rows = opts.rows?.length
    ? `<table cellpadding="4" style="border-collapse:collapse">${opts.rows
        .map(
          ([k, v]) =>
            `<tr><th align="left" valign="top">${escapeHtml(k)}</th><td style="white-space:pre-wrap">${escapeHtml(v)}</td></tr>`,
        )
        .join("")}</table>`
    : "";
  const link = opts.link ? `<p><a href="${escapeHtml(opts.link.href)}">${escapeHtml(opts.link.text)}</a></p>` : "";
  const paragraphs = opts.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("");
  return `<!doctype html><html lang="en-GB"><body style="font-family:Arial,sans-serif"><h1 style="font-size:20px">${escapeHtml(opts.heading)}</h1>${paragraphs}${rows}${link}</body></html>`;
}

/** The same content as plain text. */
export function textEmail(opts: {
  heading: string;
  paragraphs: string[];
  rows?: [string, string][];
  link?: { href: string; text: string };
}): string {
  const rows = (opts.rows ?? []).map(([k, v]) => `${k}: ${v}`).join("\n");
  const link = opts.link ? `${opts.link.text}: ${opts.link.href}` : "";
  return [opts.heading, ...opts.paragraphs, rows, link].filter(Boolean).join("\n\n") + "\n";
}
