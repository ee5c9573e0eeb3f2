/** How long a stage of the build took, for the build log and the benchmark. */
export interface StageTiming {
  stage: string;
  milliseconds: number;
}

/** Runs `work`, adding how long it took to `timings` under `stage`, whether it succeeds or not. */
export async function timed<T>(timings: StageTiming[], stage: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    timings.push({ stage, milliseconds: performance.now() - start });
  }
}
