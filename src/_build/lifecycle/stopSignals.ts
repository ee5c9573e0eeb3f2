import { constants } from "node:os";

/** The signals that stop a build: Ctrl-C in a terminal, and how CI and Netlify cancel one. */
const STOP_SIGNALS = ["SIGINT", "SIGTERM"] as const;
export type StopSignal = (typeof STOP_SIGNALS)[number];

/** A command's way to be stopped cleanly: see stopOnSignals. */
export interface Stopping {
  /** Aborted, with the signal's name as its reason, when the process is asked to stop. */
  signal: AbortSignal;
  /** The signal that stopped the command, if one did. */
  stoppedBy(): StopSignal | undefined;
  /**
   * The conventional exit code of a command a signal stopped: 128 plus its number (130 for SIGINT,
   * 143 for SIGTERM).
   */
  exitCode(): number;
  /** Stops listening, once the command is done. */
  dispose(): void;
}

/**
 * Turns SIGINT and SIGTERM into an AbortSignal, so the command can stop its own processes and
 * threads and remove its temporary folders before it exits, instead of dying at once and
 * leaving them behind. A second signal while it cleans up stops it at once.
 */
export function stopOnSignals(): Stopping {
  const controller = new AbortController();
  let stoppedBy: StopSignal | undefined;
  const handlers = STOP_SIGNALS.map((name) => {
    const handler = () => {
      if (stoppedBy) process.exit(128 + constants.signals[name]);
      stoppedBy = name;
      controller.abort(name);
    };
    process.on(name, handler);
    return [name, handler] as const;
  });
  return {
    signal: controller.signal,
    stoppedBy: () => stoppedBy,
    exitCode: () => (stoppedBy ? 128 + constants.signals[stoppedBy] : 1),
    dispose: () => {
      for (const [name, handler] of handlers) process.off(name, handler);
    },
  };
}

/** A build stopped by a signal (Ctrl-C, or CI cancelling it): it has cleaned up, and published nothing. */
export class BuildStoppedError extends Error {
  constructor(reason: unknown) {
    super(`The build was stopped (${String(reason)}).`);
    this.name = "BuildStoppedError";
  }
}
