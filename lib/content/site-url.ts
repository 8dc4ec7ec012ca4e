import "server-only";
import { getEnv } from "@/lib/config";

/** The public address of the site, for canonical links and the sitemap. */
export function siteUrl(): URL {
  const env = getEnv();
  return new URL(env.APP_URL ?? `http://localhost:${env.PORT}`);
}
