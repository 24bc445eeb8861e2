import { COORDINATION_JOBS } from "../services/background-jobs";
import type { JobDefinition } from "./types";

/** Every job the app runs; startJobs() loads this list when the server starts. */
export const JOBS: JobDefinition[] = [...COORDINATION_JOBS];
