// Starts a worker thread or a child process written in TypeScript: registers tsx, then runs the
// module named in workerData.module (a thread) or in the first argument (a process). Loader flags
// given to a Worker do not reach its first module, and a child process need not inherit them.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

// The JavaScript packages a thread names in workerData.preload are loaded first, before tsx's
// hooks: those run on a thread of their own, a message each way for every module, which makes a
// large package take a third longer to load (Eleventy: 0.3 s). The TypeScript module then gets
// the same instances, already loaded.
await Promise.all((workerData?.preload ?? []).map((name) => import(name)));
register();
await import(workerData?.module ?? process.argv[2]);
