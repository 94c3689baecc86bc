import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  DEFAULT_POLL_MS,
  imageGenerationKeys,
  isFinished,
  type AspectRatio,
  type GenerationOptions,
  type Job,
  type Resolution,
} from '@/api/imageGeneration';
import { AdminsOnly } from '@/components/AdminsOnly';
import { Button, focusRing } from '@/components/ui/Button';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { PageHeader } from '@/components/ui/PageHeader';
import { Spinner } from '@/components/ui/Spinner';
import { useMe } from '@/hooks/use-auth';
import { GeneratedImageDisplay } from './components/GeneratedImageDisplay';
import { IdentitySelector } from './components/IdentitySelector';
import { JobHistory } from './components/JobHistory';
import { ReferenceImageManager } from './components/ReferenceImageManager';
import { UserSelector, userLabel } from './components/UserSelector';
import {
  useGenerateImage,
  useGenerationOptions,
  useGenerationUsers,
  useIdentitiesFor,
  useJob,
  useJobs,
  useSaveToIdentity,
} from './hooks/use-image-generation';
import { useReferenceImages } from './hooks/use-reference-images';

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

function formatUsd(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? `$${number.toFixed(2)}` : value;
}

/** Seconds since the job started (or was queued), ticking while it runs. */
function useElapsedSeconds(job: Job | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  const running = Boolean(job) && !isFinished(job);
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  if (!job) return 0;
  const start = Date.parse(job.started_at ?? job.created_at);
  return Number.isFinite(start) ? Math.max(0, Math.floor((now - start) / 1000)) : 0;
}

interface ImagesProps {
  /** How often a running job is polled, in ms (tests pass a short one). */
  pollMs?: number;
}

export function Images({ pollMs = DEFAULT_POLL_MS }: ImagesProps) {
  const me = useMe();
  if (!me.data?.is_staff) return <AdminsOnly />;
  return <ImageStudio pollMs={pollMs} />;
}

function ImageStudio({ pollMs }: { pollMs: number }) {
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const users = useGenerationUsers();
  const options = useGenerationOptions();

  const currentUser = users.data?.find((user) => user.is_current_user);
  const userId = params.get('user') ?? currentUser?.id ?? '';
  const selectedUser = users.data?.find((user) => user.id === userId);
  const identityId = params.get('identity') ?? '';
  const jobId = params.get('job');

  const references = useReferenceImages(selectedUser ? userId : '');
  const identities = useIdentitiesFor(selectedUser);
  const job = useJob(jobId, pollMs);
  const history = useJobs({ identityId, userId }, Boolean(identityId && selectedUser));
  const generate = useGenerateImage();
  const save = useSaveToIdentity();
  const elapsed = useElapsedSeconds(job.data);

  const [prompt, setPrompt] = useState('');
  const [aspectRatio, setAspectRatio] = useState<AspectRatio | ''>('');
  const [resolution, setResolution] = useState<Resolution | ''>('');
  const effectiveAspect = aspectRatio || options.data?.default_aspect_ratio || '';
  const effectiveResolution = resolution || options.data?.default_resolution || '';

  const jobStatus = job.data?.status;
  useEffect(() => {
    if (jobStatus && isFinished({ status: jobStatus })) {
      void queryClient.invalidateQueries({ queryKey: [...imageGenerationKeys.jobs(), 'list'] });
    }
  }, [jobStatus, queryClient]);

  const update = (changes: Record<string, string | null>, replace = true) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace },
    );
  };

  if (users.isPending) return <Spinner label="Loading users…" />;
  if (users.isError) return <ErrorMessage error={users.error} />;

  const running = Boolean(job.data) && !isFinished(job.data);
  const referenceCount = references.data?.length ?? 0;
  const identityChosen = Boolean(identities.data?.some((identity) => identity.id === identityId));
  const disabledReason = !selectedUser
    ? 'Choose a user first.'
    : references.isPending
      ? 'Loading reference images…'
      : referenceCount === 0
        ? 'Add at least one reference image first.'
        : !identityChosen
          ? 'Choose an identity first.'
          : options.isPending
            ? 'Loading generation options…'
            : running
              ? 'Wait for the current image to finish.'
              : generate.isPending
                ? 'Starting…'
                : null;

  const start = (input: {
    identityId: string;
    userId: string;
    prompt: string;
    aspect: AspectRatio | '';
    resolution: Resolution | '';
  }) => {
    save.reset();
    generate.mutate(
      {
        identity_id: input.identityId,
        user_id: input.userId,
        additional_prompt: input.prompt.trim() || undefined,
        aspect_ratio: input.aspect || undefined,
        resolution: input.resolution || undefined,
      },
      { onSuccess: (created) => update({ job: created.id, user: created.user, identity: created.identity.id }, false) },
    );
  };

  const onGenerate = () =>
    start({ identityId, userId, prompt, aspect: effectiveAspect, resolution: effectiveResolution });
  const onRegenerate = () => {
    if (!job.data) return;
    start({
      identityId: job.data.identity.id,
      userId: job.data.user,
      prompt: job.data.additional_prompt ?? '',
      aspect: job.data.aspect_ratio,
      resolution: job.data.resolution,
    });
  };

  const cost = formatUsd(options.data?.estimated_cost_usd[effectiveResolution]);
  const who = selectedUser ? userLabel(selectedUser) : 'nobody yet';
  const selectClass = `mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm ${focusRing}`;

  return (
    <div className="space-y-5">
      <PageHeader title="Images">Generate identity posters from a person's reference photos.</PageHeader>
      <div
        role="status"
        className="sticky top-0 z-10 rounded-md border border-indigo-200 bg-indigo-50 px-4 py-2 text-sm font-medium text-indigo-900 shadow-sm"
      >
        Generating for: {who}
      </div>
      <UserSelector
        users={users.data}
        value={userId}
        onChange={(next) => update({ user: next, identity: null, job: null })}
      />
      {params.get('user') && !selectedUser ? (
        <p role="alert" className="text-sm text-red-800">
          The user in this address is not available. Choose another one.
        </p>
      ) : null}
      {selectedUser ? <ReferenceImageManager userId={userId} userLabel={who} /> : null}
      {selectedUser ? (
        <IdentitySelector
          identities={identities.data}
          isPending={identities.isPending}
          error={identities.error}
          value={identityId}
          onChange={(next) => update({ identity: next || null, job: null })}
        />
      ) : null}

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
          aria-describedby="prompt-counter"
          placeholder="For example: warm evening light, standing on a stage"
          className={`mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm ${focusRing}`}
        />
        <p id="prompt-counter" className="mt-1 text-right text-xs text-slate-500">
          {prompt.length} / {MAX_PROMPT_LENGTH}
        </p>
        {options.isPending ? <Spinner label="Loading generation options…" /> : null}
        <ErrorMessage error={options.error} />
        {options.data?.worker.state === 'not_seen' ? (
          <p role="status" className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {workerMissingSentence(options.data.worker.last_seen_at)}
          </p>
        ) : null}
        {options.data ? (
          <>
            <div className="mt-2 grid gap-3 sm:grid-cols-2">
              <div>
                <label htmlFor="aspect-ratio" className="block text-sm font-medium">
                  Aspect ratio
                </label>
                <select id="aspect-ratio" value={effectiveAspect} onChange={(e) => setAspectRatio(options.data.aspect_ratios.find((ratio) => ratio === e.target.value) ?? '')} className={selectClass}>
                  {options.data.aspect_ratios.map((ratio) => (
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
                <select id="resolution" value={effectiveResolution} onChange={(e) => setResolution(options.data.resolutions.find((size) => size === e.target.value) ?? '')} className={selectClass}>
                  {options.data.resolutions.map((size) => (
                    <option key={size} value={size}>
                      {size}
                      {options.data.estimated_cost_usd[size] ? ` (about ${formatUsd(options.data.estimated_cost_usd[size])})` : ''}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <p className="mt-3 text-sm text-slate-700">
              {providerLabel(options.data)}
              {cost ? <> · Estimated cost: {cost} per image</> : null}
            </p>
          </>
        ) : null}
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <Button onClick={onGenerate} disabled={disabledReason !== null} aria-describedby="generate-reason">
            {generate.isPending ? 'Starting…' : 'Generate Image'}
          </Button>
          <p id="generate-reason" className="text-sm text-slate-600">
            {disabledReason ?? ''}
          </p>
        </div>
        <ErrorMessage error={generate.error} className="mt-2" />
      </section>

      {jobId ? (
        job.isPending ? (
          <Spinner label="Loading the image job…" />
        ) : job.isError ? (
          <ErrorMessage error={job.error} />
        ) : (
          <GeneratedImageDisplay
            job={job.data}
            elapsedSeconds={elapsed}
            onSave={() => save.mutate(job.data.id)}
            isSaving={save.isPending}
            saveError={save.error}
            savedNow={save.isSuccess && save.variables === job.data.id}
            onRegenerate={onRegenerate}
            canRegenerate={!running && !generate.isPending}
          />
        )
      ) : null}

      {identityId && selectedUser ? (
        <JobHistory
          jobs={history.data?.results}
          isPending={history.isPending}
          error={history.error}
          currentJobId={jobId}
          onSelect={(next) => update({ job: next }, false)}
        />
      ) : null}
    </div>
  );
}
