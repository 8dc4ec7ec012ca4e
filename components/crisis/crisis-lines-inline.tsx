import Link from "next/link";
import { crisisLines, emergency } from "@/lib/content/crisis-lines";

// The three quickest routes to help, for notices that must stay short: a failure or a refusal
// is never a dead end for someone at risk.
const quickest = ["NHS 111", "Samaritans", "Shout"];

export function CrisisLinesInline() {
  const lines = crisisLines.filter((line) => quickest.includes(line.name));
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
