import parsePrometheusTextFormat from "parse-prometheus-text-format";

/** One metric family as prom2json (and parse-prometheus-text-format) gives it. */
interface Family {
  name: string;
  help: string;
  type: string;
  metrics: { value: string; labels?: Record<string, string> }[];
}

/** Parses the text exposition format with a parser of its own, not with our code's assumptions. */
export function parsePrometheus(text: string): Family[] {
  return (parsePrometheusTextFormat as (text: string) => Family[])(text);
}

/** A sample's value, found by metric name and labels; throws when there is no such sample. */
export function sample(families: Family[], name: string, labels: Record<string, string> = {}): number {
  const family = families.find((f) => f.name === name);
  const found = family?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));
  if (!found) throw new Error(`no sample ${name} ${JSON.stringify(labels)}`);
  return Number(found.value);
}
