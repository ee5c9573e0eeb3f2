// Starts a worker thread or a child process written in TypeScript: registers tsx, then runs the
// module named in workerData.module (a thread) or in the first argument (a process). Loader flags
// given to a Worker do not reach its first module, and a child process need not inherit them.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData?.module ?? process.argv[2]);
