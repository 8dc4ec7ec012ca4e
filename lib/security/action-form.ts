// Relative imports only: proxy.ts loads this.

/**
 * A form posted without JavaScript to a server action carries React's hidden fields:
 * `$ACTION_REF_n`, `$ACTION_n:0` (JSON: the action's id and where its bound arguments are) and
 * `$ACTION_n:1` (JSON: the bound arguments, an array). React trusts their shape, and a tampered
 * one makes it throw (a 500) before any of our code runs. This checks the shape first, so a
 * tampered form is refused with a 400 like any other bad input. React forms write a number for
 * `n`, but for a posted `$ACTION_REF_<anything>` it reads `$ACTION_<anything>:<part>`, so every
 * such field is checked, whatever stands between `$ACTION_` and the part number.
 */
export function isWellFormedActionPost(form: FormData): boolean {
  for (const [key, value] of form.entries()) {
    const part = ACTION_PART.exec(key);
    if (!part) continue;
    if (typeof value !== "string") return false;
    const parsed = parseJson(value);
    if (part[1] === "0") {
      const meta = parsed as { id?: unknown; bound?: unknown } | null;
      // Anything but an object with a string id (null, a number, a list, not JSON) has no string `id`.
      if (!meta || typeof meta.id !== "string") return false;
      if (!(meta.bound === null || (typeof meta.bound === "string" && /^\$@\d+$/.test(meta.bound)))) return false;
    } else if (!Array.isArray(parsed) || !onlyPlainValues(parsed)) {
      return false;
    }
  }
  return true;
}

/**
 * In React's reply format a string starting with "$" is a reference to something else; what our
 * forms send only ever holds escaped text ("$$…") and "$undefined". Anything else is tampering.
 */
function onlyPlainValues(value: unknown): boolean {
  if (typeof value === "string") return !value.startsWith("$") || value.startsWith("$$") || value === "$undefined";
  // A list's or an object's values are checked in turn; a number, true, false or null has none.
  return Object.values(value ?? {}).every(onlyPlainValues);
}

/** A part of a server action's reply: `$ACTION_<id>:<part number>`. */
export const ACTION_PART = /^\$ACTION_[\s\S]*:(\d+)$/;

const INVALID = Symbol("invalid");
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
    // Stryker disable next-line BlockStatement: equivalent; undefined is refused like INVALID (not an object with an id, not a list)
  } catch {
    return INVALID;
  }
}

/** Only no-JavaScript server-action posts (multipart, no Next-Action header) carry these fields. */
export function mayCarryActionFields(method: string, contentType: string | null, nextAction: string | null): boolean {
  return method.toUpperCase() === "POST" && !nextAction && contentType?.startsWith("multipart/form-data") === true;
}
