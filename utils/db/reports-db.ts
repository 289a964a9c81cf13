import { PreflightDb } from './db';

/** The database as extension pages read it (writes go through the background). */
export const reportsDb = new PreflightDb();
