// One worker of validatePagesInParallel: validates its share of the pages and sends back the failures.
import { parentPort, workerData } from "node:worker_threads";
import { validatePages } from "./htmlValidation.ts";

const { siteDir, files } = workerData as { siteDir: string; files: string[] };
parentPort?.postMessage(await validatePages(siteDir, files));
