import { useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import { SAMPLES, sampleFile, sampleSettings, type Sample } from './samples';
import './samples.css';

/**
 * The repository's sample CSVs, one click each: the checker page runs them as a picked file.
 * They live here, in the extension's own page, because a web page (the demo's) cannot hand
 * Preflight a file: only the user's own picks and drops are held.
 */
export function SampleButtons({ onSample }: { onSample: (file: File, with_: Settings) => void }) {
  const [error, setError] = useState<string | null>(null);
  const open = async (sample: Sample) => {
    setError(null);
    try {
      onSample(await sampleFile(sample), sampleSettings(sample));
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  return (
    <section class="samples" aria-labelledby="samples-title">
      <h2 id="samples-title">Try a sample</h2>
      <p class="samples-list">
        {SAMPLES.map((sample) => (
          <button
            key={sample.id}
            type="button"
            data-sample={sample.id}
            title={`${sample.id}.csv: ${sample.about}`}
            onClick={() => void open(sample)}
          >
            {sample.label}
          </button>
        ))}
      </p>
      <p class="samples-note">
        Checked with Preflight's default settings, not yours; Keap and Duplicates with the example
        users and custom fields (settings.example.json), as the command line checks them.
      </p>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
