/**
 * A handler throws this when retrying cannot help (say the mail server refused with 5xx): the
 * worker moves the job to the dead-letter queue at once instead of retrying it for a week.
 */
export class PermanentJobFailure extends Error {
  // Stryker disable next-line StringLiteral: equivalent, the name only labels a stack trace; the worker tells a permanent failure by its class
  override name = "PermanentJobFailure";
  constructor(
    message: string,
    readonly details: Record<string, string | number | null> = {},
  ) {
    super(message);
  }
}
