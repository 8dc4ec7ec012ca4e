// Runs after `next build` (see the build script): records the hash of every inline script in
// every statically generated page, for the Content-Security-Policy that proxy.ts sends.
import path from "node:path";
import { writeStaticPageHashes } from "@/lib/security/static-page-hashes";

const hashes = writeStaticPageHashes(path.join(process.cwd(), ".next"));
const scripts = Object.values(hashes).reduce((sum, list) => sum + list.length, 0);
console.log(
  `Hashed ${scripts} inline scripts in ${Object.keys(hashes).length} static pages for the Content-Security-Policy.`,
);
