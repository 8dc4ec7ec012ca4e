// The hidden fields a page's form posts without JavaScript, read from the real HTML: React's
// server-action fields ($ACTION_…) and the form's own (a draft revision, an idempotency key).

export function hiddenFields(html: string): Record<string, string> {
  return Object.fromEntries(
    [...html.matchAll(/<input type="hidden" name="([^"]*)"(?: value="([^"]*)")?/g)].map((m) => [
      m[1]!,
      (m[2] ?? "").replaceAll("&quot;", '"'),
    ]),
  );
}

/** The server action id a page's form posts to (the same id its JavaScript sends as Next-Action). */
export function actionIdOf(fields: Record<string, string>): string {
  const descriptor = Object.entries(fields).find(([name]) => /^\$ACTION_\d+:0$/.test(name));
  if (!descriptor) throw new Error("no server action on this page");
  return (JSON.parse(descriptor[1]) as { id: string }).id;
}

/** An id of the same shape that this build does not have: what a page from an earlier build sends. */
export function earlierBuildId(id: string): string {
  const tail = id.slice(-6) === "000000" ? "ffffff" : "000000";
  return id.slice(0, -6) + tail;
}
