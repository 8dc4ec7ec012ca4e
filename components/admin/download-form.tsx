import { Button } from "@/components/forms/button";

/**
 * A download that discloses personal data, as a POST form (review L-5): a link from another site
 * cannot start it (the proxy refuses cross-site posts), and its filters travel in the body, not in
 * a URL that lands in history and proxy logs.
 */
export function DownloadForm({
  action,
  fields = {},
  children,
}: {
  action: string;
  fields?: Record<string, string>;
  children: string;
}) {
  return (
    <form method="post" action={action}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button variant="secondary">{children}</Button>
    </form>
  );
}
