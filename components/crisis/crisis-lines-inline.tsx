import Link from "next/link";
import { crisisLinesFor, emergency, type Nation } from "@/lib/content/crisis-lines";

// The quickest routes to help, for notices that must stay short: a failure or a refusal is never
// a dead end for someone at risk. The nation's own urgent line comes first, then Samaritans and Shout.
export function CrisisLinesInline({ nation }: { nation: Nation }) {
  const all = crisisLinesFor(nation);
  const lines = [all[0]!, ...all.filter((line) => line.id === "samaritans" || line.id === "shout")];
  return (
    <p>
      If you need help now: <a href={emergency.href}>{emergency.action}</a> if a life is at risk.{" "}
      {lines.map((line, index) => (
        <span key={line.name}>
          {line.name}: <a href={line.href}>{line.action}</a>
          {index < lines.length - 1 ? ". " : "."}
        </span>
      ))}{" "}
      <Link href="/get-help-now">More ways to get help now</Link>.
    </p>
  );
}
