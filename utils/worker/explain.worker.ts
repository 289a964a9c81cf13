/// <reference lib="webworker" />
/**
 * The explaining worker: reads an error log and, with the original (a file or a kept report),
 * builds the files that finish the import, off the page's thread. Started by run-explain.ts.
 */
import metadata from 'libphonenumber-js/metadata.max.json';
import type { MetadataJson } from 'libphonenumber-js/core';
import { explainAgainstBest, explainErrorLog } from '../../lib/errorlog';
import { validateSettings } from '../../lib/settings-file';
import type { ExplainReply, ExplainRequest } from './explain-protocol';

declare const self: DedicatedWorkerGlobalScope;
const deps = { phoneMetadata: metadata as unknown as MetadataJson };
const post = (reply: ExplainReply) => self.postMessage(reply);

self.onmessage = ({ data }: MessageEvent<ExplainRequest>) => {
  try {
    const log = new Uint8Array(data.log);
    if (!data.original) {
      const { chosen, ...result } = explainAgainstBest(log, data.kept, deps);
      post({ type: 'done', result, chosen });
      return;
    }
    const settings = validateSettings(data.settings, deps.phoneMetadata);
    if (!settings.ok) {
      post({ type: 'error', message: `Invalid settings: ${settings.errors.join('; ')}` });
      return;
    }
    const original = { name: data.original.name, bytes: new Uint8Array(data.original.bytes) };
    post({
      type: 'done',
      result: explainErrorLog(log, original, settings.settings, deps),
      chosen: null,
    });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
