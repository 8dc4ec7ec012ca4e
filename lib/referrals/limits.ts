/** Length caps on every answer; the database columns and the email layout rely on them. */
export const LIMITS = {
  name: 100,
  short: 200,
  email: 254,
  phone: 20,
  postcode: 10,
  long: 2000,
  medium: 500,
  maxCheckboxes: 10,
} as const;
