import { Button } from "@/components/forms/button";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextInput } from "@/components/forms/text-input";

const PASSWORD_ERROR = "Enter your password to download personal data";

/**
 * A download that discloses personal data, as a POST form (review L-5): a link from another site
 * cannot start it (the proxy refuses cross-site posts), its filters travel in the body, not in a
 * URL that lands in history and proxy logs, and the person enters their password again, so a PC
 * left signed in cannot hand the data to someone else. `refused` shows the error after a missing
 * or wrong password (the route sends the person back here with `download=refused`).
 */
export function DownloadForm({
  action,
  returnTo,
  refused = false,
  fields = {},
  children,
}: {
  action: string;
  /** This page's path and query, to come back to after a refusal. */
  returnTo: string;
  refused?: boolean;
  fields?: Record<string, string>;
  children: string;
}) {
  return (
    <form method="post" action={action} className="admin-download">
      {refused && <ErrorSummary idPrefix="download" items={[{ href: "#password", text: PASSWORD_ERROR }]} />}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="returnTo" value={returnTo} />
      <TextInput
        field={{
          kind: "password",
          name: "password",
          label: "Your password",
          hint: "Enter your password again to download personal data.",
          autoComplete: "current-password",
          width: 20,
        }}
        error={refused ? PASSWORD_ERROR : undefined}
      />
      <Button variant="secondary">{children}</Button>
    </form>
  );
}
