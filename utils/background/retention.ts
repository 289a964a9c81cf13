import type { PreflightDb } from '../db/db';
import type { WriteReply } from '../messaging/protocol';
import { retentionItem } from '../storage/retention';
import { applyRetention } from './history';

/** Lets go of the reports past the user's retention (read afresh: the options may change it). */
export async function keepWithinRetention(db: PreflightDb): Promise<WriteReply> {
  return applyRetention(db, await retentionItem.get());
}
