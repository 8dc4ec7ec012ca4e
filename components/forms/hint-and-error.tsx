export function Hint({ id, text }: { id: string; text?: string }) {
  if (!text) return null;
  return (
    <div className="nhsuk-hint" id={`${id}-hint`}>
      {text}
    </div>
  );
}

export function ErrorMessage({ id, text }: { id: string; text?: string }) {
  if (!text) return null;
  return (
    <span className="nhsuk-error-message" id={`${id}-error`}>
      <span className="nhsuk-u-visually-hidden">Error:</span> {text}
    </span>
  );
}

export const groupClass = (error?: string) => `nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`;
