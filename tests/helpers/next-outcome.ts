/** What a page, action or route did, in the terms of the authorization test. */
export type Outcome =
  { kind: "sign-in" } | { kind: "not-found" } | { kind: "redirect"; to: string } | { kind: "ran"; status?: number };

/** Runs server code and classifies how it ended: Next's redirect() and notFound() throw digests. */
export async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = await run();
    if (result instanceof Response) {
      if (result.status === 404) return { kind: "not-found" };
      const location = result.headers.get("location");
      if (location?.startsWith("/admin/sign-in")) return { kind: "sign-in" };
      return { kind: "ran", status: result.status };
    }
    return { kind: "ran" };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) {
      const to = digest.split(";")[2] ?? "";
      return to.startsWith("/admin/sign-in") ? { kind: "sign-in" } : { kind: "redirect", to };
    }
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404" || digest === "NEXT_NOT_FOUND") return { kind: "not-found" };
    throw error;
  }
}

export function refused(outcome: Outcome): boolean {
  return outcome.kind === "sign-in" || outcome.kind === "not-found";
}
