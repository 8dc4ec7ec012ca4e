import { STAGES, type Stage } from "@/lib/progress/stage";

/** The four stages in order, the current one marked in words (not colour alone) and for screen readers. */
export function ProgressStages({ current }: { current: Stage }) {
  const at = STAGES.indexOf(current);
  return (
    <>
      <p className="nhsuk-body-l">
        Stage: <strong data-testid="stage">{current}</strong>
      </p>
      <ol className="nhsuk-list nhsuk-list--number" aria-label="Stages">
        {STAGES.map((stage, index) => (
          <li key={stage} aria-current={index === at ? "step" : undefined}>
            {index === at ? <strong>{stage} (this stage)</strong> : stage}
            {index < at && " (done)"}
          </li>
        ))}
      </ol>
    </>
  );
}
