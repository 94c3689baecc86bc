import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  DEFAULT_POLL_MS,
  imageGenerationKeys,
  isFinished,
  MAX_CANDIDATES,
  type AspectRatio,
  type GenerationOptions,
  type Resolution,
} from '@/api/imageGeneration';
import { AdminsOnly } from '@/components/AdminsOnly';
import { Button, focusRing } from '@/components/ui/Button';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { PageHeader } from '@/components/ui/PageHeader';
import { Spinner } from '@/components/ui/Spinner';
import { useMe } from '@/hooks/use-auth';
import { batchCostSentence, formatUsd } from '@/lib/formatUsd';
import { CandidateGrid } from './components/CandidateGrid';
import { CompareView } from './components/CompareView';
import { GeneratedImageDisplay } from './components/GeneratedImageDisplay';
import { HistoryFilters, NO_HISTORY_FILTERS, type HistoryFilterValues } from './components/HistoryFilters';
import { IdentitySelector } from './components/IdentitySelector';
import { IdentityVersions } from './components/IdentityVersions';
import { ConsentState } from './components/ConsentState';
import { JobHistory } from './components/JobHistory';
import { JobLineage } from './components/JobLineage';
import { RefineDialog } from './components/RefineDialog';
import { PersonActivity } from './components/PersonActivity';
import { ReferenceImageManager } from './components/ReferenceImageManager';
import { UserSelector, userLabel } from './components/UserSelector';
import { useElapsedSeconds } from './hooks/use-elapsed-seconds';
import {
  useCancelJob,
  useGenerateImages,
  useGenerationOptions,
  useGenerationUsers,
  useIdentitiesFor,
  useJob,
  useJobPages,
  useJobLineage,
  useJobs,
  useRefineJob,
  useSaveToIdentity,
  useStarJob,
} from './hooks/use-image-generation';
import { useOneRequestAtATime } from './hooks/use-one-request-at-a-time';
import { usePromptDraft } from './hooks/use-prompt-draft';
import { useReferenceImages } from './hooks/use-reference-images';
import { rememberImagesSearch } from '@/lib/imagesSearch';
import { ApiError } from '@/lib/apiClient';

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
  const batchId = params.get('batch') ?? '';

  const references = useReferenceImages(selectedUser ? userId : '');
  const identities = useIdentitiesFor(selectedUser);
  const job = useJob(jobId, pollMs);
  const [historyFilters, setHistoryFilters] = useState<HistoryFilterValues>(NO_HISTORY_FILTERS);
  const history = useJobPages(
    {
      identityId,
      userId,
      starred: historyFilters.starred || undefined,
      status: historyFilters.status || undefined,
      batchId: historyFilters.thisBatch ? batchId : undefined,
    },
    Boolean(identityId && selectedUser),
  );
  const batch = useJobs({ batchId }, Boolean(batchId), pollMs);
  const generate = useGenerateImages();
  const save = useSaveToIdentity();
  const cancel = useCancelJob();
  const star = useStarJob();
  const refine = useRefineJob();
  const lineage = useJobLineage(jobId);
  const elapsed = useElapsedSeconds(job.data);
  const [count, setCount] = useState(1);
  const [compareIds, setCompareIds] = useState<string[]>([]);
  const [comparing, setComparing] = useState(false);

  const [prompt, setPrompt] = usePromptDraft();
  const generateOnce = useOneRequestAtATime();
  const saveOnce = useOneRequestAtATime();
  const refineOnce = useOneRequestAtATime();
  // After Generate, the result is scrolled to and focused (its status is the first thing in it).
  const resultRef = useRef<HTMLDivElement>(null);
  const [revealResult, setRevealResult] = useState(0);
  useEffect(() => {
    if (!revealResult || !resultRef.current) return;
    resultRef.current.scrollIntoView?.({ block: 'start' });
    resultRef.current.focus({ preventScroll: true });
  }, [revealResult]);
  // The Images link in the navigation brings back the person, identity and job.
  useEffect(() => rememberImagesSearch(params), [params]);
  const [aspectRatio, setAspectRatio] = useState<AspectRatio | ''>('');
  const [resolution, setResolution] = useState<Resolution | ''>('');
  const effectiveAspect = aspectRatio || options.data?.default_aspect_ratio || '';
  const effectiveResolution = resolution || options.data?.default_resolution || '';

  const jobStatus = job.data?.status;
  const batchDone = Boolean(batch.data?.results.length) && Boolean(batch.data?.results.every((item) => isFinished(item)));
  useEffect(() => {
    if ((jobStatus && isFinished({ status: jobStatus })) || batchDone) {
      void queryClient.invalidateQueries({ queryKey: [...imageGenerationKeys.jobs(), 'list'] });
      void queryClient.invalidateQueries({ queryKey: [...imageGenerationKeys.jobs(), 'lineage'] });
    }
  }, [jobStatus, batchDone, queryClient]);

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

  // Reopening an identity shows its latest poster (and so whether one is still being drawn).
  const latestJobId = history.data?.pages[0]?.results[0]?.id;
  const historyFiltered = historyFilters.starred || historyFilters.thisBatch || Boolean(historyFilters.status);
  // Once per identity opened: later changes to the history (a new poster) leave the view alone.
  const openedIdentity = useRef('');
  useEffect(() => {
    if (!identityId || openedIdentity.current === identityId || !history.isSuccess) return;
    openedIdentity.current = identityId;
    if (!jobId && !batchId && latestJobId && !historyFiltered) update({ job: latestJobId });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `update` is remade every render
  }, [identityId, history.isSuccess, jobId, batchId, latestJobId, historyFiltered]);

  if (users.isPending) return <Spinner label="Loading users…" />;
  if (users.isError) return <ErrorMessage error={users.error} />;

  const running = Boolean(job.data) && !isFinished(job.data);
  const referenceCount = references.data?.length ?? 0;
  // Photos without a face are not sent (the server applies the same rule).
  const sentCount = references.data?.filter((photo) => photo.sent_with_posters).length ?? 0;
  const chosenIdentity = identities.data?.find((identity) => identity.id === identityId);
  const identityChosen = Boolean(chosenIdentity);
  const identityJobId = chosenIdentity?.current_job ?? null;
  const historyJobs = history.data?.pages.flatMap((page) => page.results);
  const candidates = batch.data?.results ?? [];
  const compareJobs = compareIds
    .map((id) => candidates.find((job) => job.id === id) ?? historyJobs?.find((job) => job.id === id))
    .filter((job) => job !== undefined);
  const toggleCompare = (id: string) =>
    setCompareIds((ids) => (ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id].slice(-MAX_CANDIDATES)));
  const disabledReason = !selectedUser
    ? 'Choose a user first.'
    : references.isPending
      ? 'Loading reference images…'
      : referenceCount === 0
        ? 'Add at least one reference image first.'
        : sentCount === 0
          ? 'No photo of this person shows a face, so a poster could not look like them. Add a photo where the face is clearly visible.'
          : !identityChosen
            ? 'Choose an identity first.'
            : options.isPending
              ? 'Loading generation options…'
              : null;
  const unsentSentence =
    sentCount > 0 && sentCount < referenceCount
      ? `${referenceCount - sentCount} of ${referenceCount} photos show no face and will not be sent; the poster is drawn from the other ${sentCount}.`
      : null;

  const start = (input: {
    identityId: string;
    userId: string;
    prompt: string;
    aspect: AspectRatio | '';
    resolution: Resolution | '';
    count: number;
  }) => {
    const body = {
      identity_id: input.identityId,
      user_id: input.userId,
      additional_prompt: input.prompt.trim() || undefined,
      aspect_ratio: input.aspect || undefined,
      resolution: input.resolution || undefined,
      count: input.count,
    };
    const key = generateOnce.begin(JSON.stringify(body));
    if (!key) return; // a second click before the first answer
    save.reset();
    generate.mutate(
      { input: body, key },
      {
        onSuccess: (created) => {
          const [first] = created.jobs;
          setCompareIds([]);
          if (!first) return;
          // One poster shows on its own; several as a grid of candidates.
          update({ batch: created.id, job: created.count === 1 ? first.id : null, user: first.user, identity: first.identity.id }, false);
          setRevealResult((times) => times + 1);
        },
        onSettled: (_created, error) => generateOnce.end(error ?? undefined),
      },
    );
  };
  const saveJob = (id: string) => {
    const key = saveOnce.begin(id);
    if (!key) return;
    save.mutate({ jobId: id, key }, { onSettled: (_identity, error) => saveOnce.end(error ?? undefined) });
  };
  const applySettingsOf = (source: NonNullable<typeof job.data>) => {
    setPrompt(source.additional_prompt ?? '');
    setAspectRatio(source.aspect_ratio);
    setResolution(source.resolution);
    document.getElementById('settings-heading')?.scrollIntoView?.({ block: 'start' });
  };

  const onGenerate = () =>
    start({ identityId, userId, prompt, aspect: effectiveAspect, resolution: effectiveResolution, count });
  const onRegenerate = () => {
    if (!job.data) return;
    start({
      identityId: job.data.identity.id,
      userId: job.data.user,
      prompt: job.data.additional_prompt ?? '',
      aspect: job.data.aspect_ratio,
      resolution: job.data.resolution,
      count: 1,
    });
  };

  const cost = formatUsd(options.data?.estimated_cost_usd[effectiveResolution]);
  const who = selectedUser ? userLabel(selectedUser) : 'nobody yet';
  const drawing = running || generate.isPending || candidates.some((candidate) => !isFinished(candidate));
  const identityInAddress = params.get('identity');
  const foreignIdentity = Boolean(identityInAddress && identities.data && !chosenIdentity);
  const selectClass = `mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm ${focusRing}`;

  return (
    <div className="space-y-5">
      <PageHeader title="Images">Generate identity posters from a person's reference photos.</PageHeader>
      <div
        role="status"
        className="sticky top-0 z-10 truncate rounded-md border border-indigo-200 bg-indigo-50 px-4 py-2 text-sm font-medium text-indigo-900 shadow-sm"
      >
        {drawing ? 'Generating for' : 'Posters for'}: {who}
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
      {selectedUser ? <ConsentState userId={userId} userLabel={who} /> : null}
      {selectedUser ? <ReferenceImageManager key={userId} userId={userId} userLabel={who} /> : null}
      {selectedUser && foreignIdentity ? (
        <p role="alert" className="text-sm text-red-800">
          The identity in this address is not one of {who}'s identities. Choose one below.
        </p>
      ) : null}
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
          aria-describedby={options.data && !options.data.provider_uses_additional_prompt ? 'prompt-counter prompt-offline-note' : 'prompt-counter'}
          placeholder="For example: warm evening light, standing on a stage"
          className={`mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm ${focusRing}`}
        />
        <p id="prompt-counter" className="mt-1 text-right text-xs text-slate-600">
          {prompt.length} / {MAX_PROMPT_LENGTH}
        </p>
        {options.data && !options.data.provider_uses_additional_prompt ? (
          <p id="prompt-offline-note" className="mt-1 text-sm text-amber-900">
            The offline poster draws the identity's name and statement only: this prompt is kept with the job but does not change the picture. Gemini uses it.
          </p>
        ) : null}
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
          <label htmlFor="candidate-count" className="text-sm font-medium">
            Posters
          </label>
          <select
            id="candidate-count"
            value={count}
            onChange={(e) => setCount(Number(e.target.value))}
            aria-describedby="batch-cost"
            className={`rounded-md border border-slate-300 bg-white px-2 py-2 text-sm ${focusRing}`}
          >
            {Array.from({ length: MAX_CANDIDATES }, (_, index) => index + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <span id="batch-cost" className="text-sm text-slate-700">
            {batchCostSentence(count, options.data?.estimated_cost_usd[effectiveResolution])}
          </span>
          {/* Not disabled while starting: a disabled button would drop the focus to the page. */}
          <Button
            onClick={onGenerate}
            disabled={disabledReason !== null}
            aria-disabled={generate.isPending || undefined}
            aria-describedby="generate-reason"
          >
            {generate.isPending ? 'Starting…' : 'Generate Image'}
          </Button>
          <p id="generate-reason" className="text-sm text-slate-600">
            {disabledReason ?? (running ? 'A poster for this identity is still being drawn; Generate starts another.' : '')}
          </p>
        </div>
        {unsentSentence && !disabledReason ? <p className="mt-2 text-sm text-amber-900">{unsentSentence}</p> : null}
        <ErrorMessage error={generate.error} className="mt-2" />
      </section>

      <div ref={resultRef} tabIndex={-1} role="region" aria-label="Result" className="scroll-mt-16 space-y-5 focus:outline-none">
      {jobId ? (
        job.isPending ? (
          <Spinner label="Loading the image job…" />
        ) : job.isError ? (
          job.error instanceof ApiError && job.error.status === 404 ? (
            <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-800">
              The poster in this address does not exist; it may have been deleted. Choose one from the history below.
            </p>
          ) : (
            <ErrorMessage error={job.error} />
          )
        ) : (
          <GeneratedImageDisplay
            job={job.data}
            elapsedSeconds={elapsed}
            onSave={() => saveJob(job.data.id)}
            isSaving={save.isPending}
            saveError={save.error}
            savedNow={save.isSuccess && save.variables.jobId === job.data.id}
            onUseSettings={() => applySettingsOf(job.data)}
            isCurrent={identityJobId === job.data.id}
            onRegenerate={onRegenerate}
            canRegenerate={!running && !generate.isPending}
          />
        )
      ) : null}
      {job.data ? (
        <RefineDialog
          key={job.data.id}
          job={job.data}
          offline={options.data?.provider === 'local'}
          disabled={running || generate.isPending}
          isPending={refine.isPending}
          error={refine.error}
          onRefine={(instruction) => {
            const key = refineOnce.begin(`${job.data.id}\n${instruction}`);
            if (!key) return;
            refine.mutate(
              { jobId: job.data.id, input: { instruction }, key },
              {
                onSuccess: (child) => update({ job: child.id }, false),
                onSettled: (_child, error) => refineOnce.end(error ?? undefined),
              },
            );
          }}
        />
      ) : null}
      {jobId && job.data ? (
        <JobLineage jobId={jobId} lineage={lineage.data} error={lineage.error} onSelect={(next) => update({ job: next }, false)} />
      ) : null}

      {batchId && candidates.length > 1 ? (
        <CandidateGrid
          jobs={candidates}
          actions={{
            currentJobId: identityJobId,
            compareIds,
            onToggleCompare: toggleCompare,
            onCancel: (id) => cancel.mutate(id),
            onStar: (id, starred) => star.mutate({ jobId: id, starred }),
            onUse: saveJob,
            onOpen: (id) => update({ job: id }, false),
            busyJobId: save.isPending ? (save.variables?.jobId ?? null) : cancel.isPending ? (cancel.variables ?? null) : null,
          }}
        />
      ) : null}
      </div>
      <ErrorMessage error={cancel.error ?? star.error ?? (jobId ? null : save.error)} />

      {compareJobs.length > 0 ? (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-slate-200 bg-white p-3 text-sm">
          <span>{compareJobs.length} picked to compare (2 to 4).</span>
          <Button onClick={() => setComparing(true)} disabled={compareJobs.length < 2}>
            Compare
          </Button>
          <Button variant="ghost" onClick={() => setCompareIds([])}>
            Clear
          </Button>
        </div>
      ) : null}
      {comparing && compareJobs.length >= 2 ? (
        <CompareView
          jobs={compareJobs}
          references={references.data ?? []}
          currentJobId={identityJobId}
          onUse={saveJob}
          onClose={() => setComparing(false)}
        />
      ) : null}

      {chosenIdentity ? <IdentityVersions identity={chosenIdentity} onOpenJob={(next) => update({ job: next }, false)} /> : null}

      {identityId && selectedUser ? (
        <JobHistory
          jobs={historyJobs}
          total={history.data?.pages[0]?.count}
          isPending={history.isPending}
          error={history.error}
          currentJobId={jobId}
          identityJobId={identityJobId}
          onSelect={(next) => update({ job: next }, false)}
          onLoadMore={() => void history.fetchNextPage()}
          isLoadingMore={history.isFetchingNextPage}
          filters={<HistoryFilters value={historyFilters} onChange={setHistoryFilters} batchAvailable={Boolean(batchId)} />}
          onClearFilters={historyFiltered ? () => setHistoryFilters(NO_HISTORY_FILTERS) : undefined}
          compareIds={compareIds}
          onToggleCompare={toggleCompare}
        />
      ) : null}
      {selectedUser ? <PersonActivity userId={userId} userLabel={who} people={users.data} /> : null}
    </div>
  );
}
