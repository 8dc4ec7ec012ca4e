/**
 * A handler throws this when retrying cannot help (say the mail server refused with 5xx): the
 * worker moves the job to the dead-letter queue at once instead of retrying it for a week.
 */
export class PermanentJobFailure extends Error {
  override name = "PermanentJobFailure";
  constructor(
    message: string,
    readonly details: Record<string, string | number | null> = {},
  ) {
    super(message);
  }
}
