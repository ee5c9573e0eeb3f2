import { BuildStoppedError, type Stopping } from "../lifecycle/stopSignals.ts";
import { findContentProblems, formatProblems, githubAnnotations } from "../content/problems.ts";

/**
 * Prints that a command was stopped by a signal, and what that left (`outcome`), and returns the
 * conventional exit code; for any other failure, see reportFailure.
 */
export function reportStopOrFailure(error: unknown, stopping: Stopping, outcome: string): number {
  if (!(error instanceof BuildStoppedError)) return reportFailure(error);
  console.error(`Stopped (${stopping.stoppedBy() ?? "by a signal"}): ${outcome}`);
  return stopping.exitCode();
}

/**
 * Prints why a build failed, for the person who will fix it: content problems as a list naming
 * each file and field (and as annotations on the pull request in GitHub Actions), anything else
 * with its message. Returns the exit code.
 */
export function reportFailure(error: unknown): number {
  const content = findContentProblems(error);
  if (content) {
    console.error(`\n${formatProblems(content.problems)}\n`);
    if (process.env.GITHUB_ACTIONS === "true") console.log(githubAnnotations(content.problems));
    return 1;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`\nThe site was not built. Nothing was published.\n${detail}\n`);
  return 1;
}
