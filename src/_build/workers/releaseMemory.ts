import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { setTimeout as wait } from "node:timers/promises";

/**
 * Collects this thread's garbage at once, so that memory it no longer uses goes back to the
 * system before a step that needs a lot (Pagefind writing its index). V8 collects lazily, and a
 * thread that forwarded thousands of pages holds their copies until it does. V8 offers gc() only
 * behind a flag; turning the flag on here makes it available to a new context.
 */
export async function releaseMemory(): Promise<void> {
  setFlagsFromString("--expose-gc");
  const gc: unknown = runInNewContext("gc");
  if (typeof gc !== "function") return;
  gc();
  // A second collection, after a moment, also frees what the first could only mark.
  await wait(100);
  gc();
}
