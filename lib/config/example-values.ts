// The placeholder details shipped with the project. They are safe to show in a trial (they reach
// nobody), and must all be gone before the service goes live.

/** Domains reserved for documentation (RFC 2606): mail to them goes nowhere. */
export const exampleDomains = ["example.org", "example.com", "example.net"];

/** Ofcom's ranges kept for drama and documentation: calls to them reach nobody. */
export const dramaPhonePatterns = [
  /^01632960\d{3}$/, // Tyneside-style area code kept entirely for drama
  /^01(1[3-8]|21|31|41|51|61)4960\d{3}$/, // geographic 0113 496 0xxx … 0161 496 0xxx
  /^020794600\d{2}$/, // London
  /^02890180\d{3}$/, // Belfast
  /^02920180\d{3}$/, // Cardiff
  /^07700900\d{3}$/, // mobiles
  /^0808157\d{4}$/, // freephone
  /^0909879\d{4}$/, // premium rate
];

/** True when an e-mail address is at a documentation domain. */
export function isExampleEmail(address: string): boolean {
  const domain = address.trim().toLowerCase().split("@").pop() ?? "";
  return exampleDomains.some((example) => domain === example || domain.endsWith(`.${example}`));
}

/** True when a phone number is in one of Ofcom's drama ranges. */
export function isDramaPhone(phone: string): boolean {
  const digits = phone.replace(/[^0-9]/g, "").replace(/^44/, "0");
  return dramaPhonePatterns.some((pattern) => pattern.test(digits));
}

/** True when free text still carries a placeholder word such as "Example" or "Exampletown". */
export function hasExampleWord(text: string): boolean {
  return /\bexample/i.test(text) || /\bEX1\b/.test(text);
}
