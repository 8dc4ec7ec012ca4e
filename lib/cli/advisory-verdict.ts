/**
 * What `npm audit --json` said, as a verdict for CI (security review: an advisory check that fails
 * on high or critical). npm's advisory database is served by the registry; a registry or proxy that
 * does not serve it answers with an HTTP error instead of a report, and that is said plainly rather
 * than read as "no vulnerabilities".
 */
export type AdvisoryVerdict =
  | { kind: "fail"; high: number; critical: number }
  | { kind: "pass"; counts: Record<string, number> }
  | { kind: "unavailable"; reason: string };

interface AuditJson {
  statusCode?: number;
  message?: string;
  error?: { summary?: string };
  metadata?: { vulnerabilities?: Record<string, number> };
}

export function advisoryVerdict(output: string): AdvisoryVerdict {
  let report: AuditJson;
  try {
    report = JSON.parse(output) as AuditJson;
  } catch {
    return { kind: "unavailable", reason: "npm audit printed no report" };
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    return {
      kind: "unavailable",
      reason:
        report.message ?? report.error?.summary ?? `the registry answered ${report.statusCode ?? "without a report"}`,
    };
  }
  const high = counts.high ?? 0;
  const critical = counts.critical ?? 0;
  return high + critical > 0 ? { kind: "fail", high, critical } : { kind: "pass", counts };
}
