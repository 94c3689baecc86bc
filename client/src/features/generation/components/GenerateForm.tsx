import type { GenerationOptions } from '@/api/imageGeneration';
import { Button, focusRing } from '@/components/ui/Button';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Spinner } from '@/components/ui/Spinner';
import { batchCostSentence, formatUsd } from '@/lib/formatUsd';
import type { GenerateSettings } from '../hooks/use-generate-settings';

export const MAX_PROMPT_LENGTH = 2000;

export function workerMissingSentence(lastSeenAt: string | null): string {
  const since = lastSeenAt ? ` since ${new Date(lastSeenAt).toLocaleTimeString()}` : '';
  return `No worker has been seen${since}, so new posters wait in the queue until one runs. make run starts one; on a server, start manage.py run_worker.`;
}

export function providerLabel(options: Pick<GenerationOptions, 'provider' | 'model'>): string {
  if (options.provider === 'local') return 'Provider: local offline poster';
  if (options.provider === 'gemini') return `Provider: Gemini ${options.model}`;
  return `Provider: ${options.provider} ${options.model}`;
}

function unsentSentence({ count, sent }: { count: number; sent: number }): string | null {
  if (sent === 0 || sent >= count) return null;
  return `${count - sent} of ${count} photos show no face and will not be sent; the poster is drawn from the other ${sent}.`;
}

interface GenerateFormProps {
  options: { data: GenerationOptions | undefined; isPending: boolean; error: unknown };
  settings: GenerateSettings;
  /** The person's photos, and how many of them are sent (show a face). */
  photos: { count: number; sent: number };
  disabledReason: string | null;
  /** A poster for this identity is still being drawn. */
  running: boolean;
  isStarting: boolean;
  error: unknown;
  onGenerate: () => void;
}

/** The Settings: prompt, ratio, resolution, how many posters, and Generate (or why not yet). */
export function GenerateForm({ options, settings, photos, disabledReason, running, isStarting, error, onGenerate }: GenerateFormProps) {
  const { data } = options;
  const { prompt, setPrompt, count } = settings;
  const perImage = data?.estimated_cost_usd[settings.resolution];
  const cost = formatUsd(perImage);
  const offlineNote = data && !data.provider_uses_additional_prompt;
  const unsent = unsentSentence(photos);
  const selectClass = `mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm ${focusRing}`;
  return (
    <section aria-labelledby="settings-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="settings-heading" className="text-lg font-semibold">
        Settings
      </h2>
      <label htmlFor="additional-prompt" className="mt-2 block text-sm font-medium">
        Additional prompt (optional)
      </label>
      <textarea
        id="additional-prompt"
        rows={3}
        maxLength={MAX_PROMPT_LENGTH}
        value={prompt}
        onChange={(event) => setPrompt(event.target.value.slice(0, MAX_PROMPT_LENGTH))}
        aria-describedby={offlineNote ? 'prompt-counter prompt-offline-note' : 'prompt-counter'}
        placeholder="For example: warm evening light, standing on a stage"
        className={`mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm ${focusRing}`}
      />
      <p id="prompt-counter" className="mt-1 text-right text-xs text-slate-600">
        {prompt.length} / {MAX_PROMPT_LENGTH}
      </p>
      {offlineNote ? (
        <p id="prompt-offline-note" className="mt-1 text-sm text-amber-900">
          The offline poster draws the identity's name and statement only: this prompt is kept with the job but does not change the picture. Gemini uses it.
        </p>
      ) : null}
      {options.isPending ? <Spinner label="Loading generation options…" /> : null}
      <ErrorMessage error={options.error} />
      {data?.worker.state === 'not_seen' ? (
        <p role="status" className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {workerMissingSentence(data.worker.last_seen_at)}
        </p>
      ) : null}
      {data ? (
        <>
          <div className="mt-2 grid gap-3 sm:grid-cols-2">
            <div>
              <label htmlFor="aspect-ratio" className="block text-sm font-medium">
                Aspect ratio
              </label>
              <select
                id="aspect-ratio"
                value={settings.aspect}
                onChange={(e) => settings.setAspect(data.aspect_ratios.find((ratio) => ratio === e.target.value) ?? '')}
                className={selectClass}
              >
                {data.aspect_ratios.map((ratio) => (
                  <option key={ratio} value={ratio}>
                    {ratio}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="resolution" className="block text-sm font-medium">
                Resolution
              </label>
              <select
                id="resolution"
                value={settings.resolution}
                onChange={(e) => settings.setResolution(data.resolutions.find((size) => size === e.target.value) ?? '')}
                className={selectClass}
              >
                {data.resolutions.map((size) => (
                  <option key={size} value={size}>
                    {size}
                    {data.estimated_cost_usd[size] ? ` (about ${formatUsd(data.estimated_cost_usd[size])})` : ''}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p className="mt-3 text-sm text-slate-700">
            {providerLabel(data)}
            {cost ? <> · Estimated cost: {cost} per image</> : null}
          </p>
        </>
      ) : null}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <label htmlFor="candidate-count" className="text-sm font-medium">
          Posters
        </label>
        <select
          id="candidate-count"
          value={count}
          onChange={(e) => settings.setCount(Number(e.target.value))}
          aria-describedby="batch-cost"
          className={`rounded-md border border-slate-300 bg-white px-2 py-2 text-sm ${focusRing}`}
        >
          {/* As many as one click may ask for: the server's limit. */}
          {Array.from({ length: data?.max_candidates ?? 1 }, (_, index) => index + 1).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <span id="batch-cost" className="text-sm text-slate-700">
          {batchCostSentence(count, perImage)}
        </span>
        {/* Not disabled while starting: a disabled button would drop the focus to the page. */}
        <Button
          onClick={onGenerate}
          disabled={disabledReason !== null}
          aria-disabled={isStarting || undefined}
          aria-describedby="generate-reason"
        >
          {isStarting ? 'Starting…' : 'Generate Image'}
        </Button>
        <p id="generate-reason" className="text-sm text-slate-600">
          {disabledReason ?? (running ? 'A poster for this identity is still being drawn; Generate starts another.' : '')}
        </p>
      </div>
      {unsent && !disabledReason ? <p className="mt-2 text-sm text-amber-900">{unsent}</p> : null}
      <ErrorMessage error={error} className="mt-2" />
    </section>
  );
}
