// A --jobs worker thread's entry, when gort runs from the ES modules of dist/ (jobs.ts starts
// it; with the start-up bundle, the bundle's jobWorkerMain runs instead). The work is jobwork.ts.

import { workerData } from "node:worker_threads";
import type { JobData } from "./jobs.js";
import { jobWorkerMain } from "./jobwork.js";

await jobWorkerMain(workerData as JobData);
