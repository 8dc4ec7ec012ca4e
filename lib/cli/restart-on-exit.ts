import type { Child } from "./children";

export interface RestartingChild {
  /** The process running now (a new one after each restart). */
  current(): Child;
  /** Stops restarting; the caller then stops `current()`. */
  stopRestarting(): void;
}

/**
 * Keeps a child running: when it exits on its own it is started again after a pause that doubles
 * (1 s, 2 s, 4 s … up to `maxDelayMs`) while it keeps crashing, and resets once it has stayed up
 * a minute. A crashing worker must not take the website down with it.
 */
export function restartOnExit(
  start: () => Child,
  log: (line: string) => void,
  options: { firstDelayMs?: number; maxDelayMs?: number; stableAfterMs?: number } = {},
): RestartingChild {
  const first = options.firstDelayMs ?? 1_000;
  const max = options.maxDelayMs ?? 30_000;
  const stableAfter = options.stableAfterMs ?? 60_000;
  let stopped = false;
  let delay = first;
  let child = start();
  let timer: NodeJS.Timeout | undefined;
  const watch = (running: Child, startedAt: number) => {
    void running.exited.then((code) => {
      if (stopped) return;
      if (Date.now() - startedAt >= stableAfter) delay = first;
      log(`The ${running.name} process exited (code ${code}); starting it again in ${Math.round(delay / 1000)} s.`);
      timer = setTimeout(() => {
        if (stopped) return;
        child = start();
        watch(child, Date.now());
      }, delay);
      delay = Math.min(delay * 2, max);
    });
  };
  watch(child, Date.now());
  return {
    current: () => child,
    stopRestarting: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
