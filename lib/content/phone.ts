/** A `tel:` address for a phone number as people write it ("01632 960000"): digits and + only. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, "")}`;
