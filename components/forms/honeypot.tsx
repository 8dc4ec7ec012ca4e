import { HONEYPOT_FIELD } from "@/lib/forms/read-form";

/** A field people never see (hidden from sight and from screen readers); simple bots fill it in. */
export function Honeypot() {
  return (
    <div hidden aria-hidden="true">
      <label htmlFor={HONEYPOT_FIELD}>Leave this empty</label>
      <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
