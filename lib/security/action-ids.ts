// Relative imports only: proxy.ts loads this.
import fs from "node:fs";
import path from "node:path";
import { ACTION_PART } from "./action-form";

/**
 * The server action ids of the running build, from the manifest `next build` writes
 * (.next/server/server-reference-manifest.json: `{ node: { [id]: … }, edge: { [id]: … } }`).
 * Undefined when there is no readable manifest (next dev rewrites it as it compiles): the proxy
 * then leaves every action post to Next.js.
 */
export function readActionIds(distDir: string): Set<string> | undefined {
  try {
    const file = path.join(distDir, "server", "server-reference-manifest.json");
    const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as {
      node?: Record<string, unknown>;
      edge?: Record<string, unknown>;
    };
    const ids = [...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})];
    return ids.length > 0 ? new Set(ids) : undefined;
    // Stryker disable next-line BlockStatement: equivalent, an empty catch block returns undefined too
  } catch {
    return undefined;
  }
}

/**
 * The action ids a no-JavaScript form post names, the way React encodes them: a field called
 * `$ACTION_ID_<id>` (an action with no bound arguments) or `$ACTION_<n>:0` holding `{"id": …}`
 * (one with bound arguments). Call after isWellFormedActionPost.
 */
export function postedActionIds(form: FormData): string[] {
  const ids: string[] = [];
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION_ID_")) ids.push(key.slice("$ACTION_ID_".length));
    else if (ACTION_PART.exec(key)?.[1] === "0" && typeof value === "string") {
      const id = (JSON.parse(value) as { id: string }).id;
      ids.push(id);
    }
  }
  return ids;
}

/** True when a post names an action this build does not have: a form from before a deploy. */
export function namesUnknownAction(ids: readonly string[], known: ReadonlySet<string> | undefined): boolean {
  return known !== undefined && ids.some((id) => !known.has(id));
}
