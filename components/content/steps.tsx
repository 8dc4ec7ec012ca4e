import type { ReactNode } from "react";

export interface StepsProps {
  /** A Markdown numbered list; each item is one step. */
  children: ReactNode;
}

/** Numbered steps with large markers, for "what happens next" lists. */
export function Steps({ children }: StepsProps) {
  return <div className="app-steps">{children}</div>;
}
