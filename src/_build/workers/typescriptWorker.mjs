// Starts a worker thread written in TypeScript: registers tsx in this thread, then runs the
// module named in workerData.module. (Loader flags on the Worker do not reach its first module.)
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.module);
