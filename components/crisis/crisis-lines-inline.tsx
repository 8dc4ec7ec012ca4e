import Link from "next/link";
import { crisisLinesFor, emergency, type CrisisAudience, type Nation } from "@/lib/content/crisis-lines";

// The quickest routes to help, for notices that must stay short: a failure or a refusal is never
// a dead end for someone at risk. For most readers the nation's own urgent line comes first, then
// Samaritans and Shout; a young person gets Childline and Shout first, then the urgent line.
export function CrisisLinesInline({ nation, audience = "everyone" }: { nation: Nation; audience?: CrisisAudience }) {
  const all = crisisLinesFor(nation);
  const byId = (id: string) => all.filter((line) => line.id === id);
  const urgentLine = all[0]!;
  const lines =
    audience === "young-person"
      ? [...byId("childline"), ...byId("shout"), urgentLine]
      : [urgentLine, ...byId("samaritans"), ...byId("shout")];
  return (
    <p>
      If you need help now: <a href={emergency.href}>{emergency.action}</a> if a life is at risk.{" "}
      {lines.map((line, index) => (
        <span key={line.id}>
          {line.name}: <a href={line.href}>{line.action}</a>
          {index < lines.length - 1 ? ". " : "."}
        </span>
      ))}{" "}
      <Link href="/get-help-now">More ways to get help now</Link>.
    </p>
  );
}
