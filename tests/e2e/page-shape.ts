import { createHash } from "node:crypto";

/**
 * The shape of a page's HTML: its elements and attributes, without what a person typed or chose
 * (values, checked, textarea contents), without scripts and nonces (different on every response),
 * and with each run of text reduced to "there is text here". Two pages of one shape get the same
 * axe-core verdict, so a journey walk need not check a page whose shape it has already checked.
 */
export function pageShape(html: string): string {
  const shape = html
    .replace(/<script\b[\s\S]*?<\/script>/gi, "")
    .replace(/(<textarea\b[^>]*>)[\s\S]*?(<\/textarea>)/gi, "$1$2")
    .replace(/\s(?:value|nonce|checked|selected)(?:="[^"]*")?(?=[\s/>])/gi, "")
    .replace(/>([^<]*)</g, (_, text: string) => (text.trim() ? ">T<" : "><"));
  return createHash("sha256").update(shape).digest("hex");
}
