import { measure } from "./measureProcess.ts";
const variants = (process.argv[2] ?? "A,B1,B2").split(",");
const runs = Number(process.argv[3] ?? 5);
const results: Record<string, { ms: number; peak: number }[]> = {};
for (let run = 1; run <= runs; run++) {
  for (const v of variants) {
    const m = await measure(process.execPath, ["--import", "tsx", "src/_build/cli/build.ts", "--fixtures", "--output", `/tmp/ab/out-${v}`], { cwd: `/tmp/ab/${v}` });
    if (m.code !== 0) throw new Error(`${v}: ${m.stderr.slice(-2000)}`);
    (results[v] ??= []).push({ ms: m.milliseconds, peak: m.peakBytes });
    console.log(`run ${run} ${v}: ${(m.milliseconds / 1000).toFixed(2)} s, ${Math.round(m.peakBytes / 1048576)} MB`);
  }
}
for (const v of variants) {
  const ms = results[v]!.map((r) => r.ms).sort((a, b) => a - b);
  console.log(`${v}: median ${(ms[Math.floor(ms.length / 2)]! / 1000).toFixed(2)} s, all ${ms.map((x) => (x / 1000).toFixed(2)).join(" ")}, peak ${Math.round(Math.max(...results[v]!.map((r) => r.peak)) / 1048576)} MB`);
}
