import { useState } from 'react';
import { AdminsOnly } from '@/components/AdminsOnly';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { PageHeader } from '@/components/ui/PageHeader';
import { Spinner } from '@/components/ui/Spinner';
import { DEFAULT_POLL_MS, useJob } from '@/features/generation/api/get-job';
import { useBatch } from '@/features/generation/api/get-batch';
import { useGenerationOptions, useIsFinished } from '@/features/generation/api/get-generation-options';
import { useGenerationUsers } from '@/features/generation/api/get-generation-users';
import { useIdentitiesFor } from '@/features/generation/api/get-identities-for';
import { CompareBar } from '@/features/generation/components/CompareBar';
import { GenerateForm } from '@/features/generation/components/GenerateForm';
import { GenerationResult } from '@/features/generation/components/GenerationResult';
import { IdentitySelector } from '@/features/generation/components/IdentitySelector';
import { UserSelector, userLabel } from '@/features/generation/components/UserSelector';
import { useComparePicks } from '@/features/generation/hooks/use-compare-picks';
import { useGenerateSettings } from '@/features/generation/hooks/use-generate-settings';
import { useGenerationActions } from '@/features/generation/hooks/use-generation-actions';
import { useRefreshWhenFinished } from '@/features/generation/hooks/use-refresh-when-finished';
import { generateDisabledReason } from '@/features/generation/utils/generate-disabled-reason';
import { History } from '@/features/history/components/History';
import { IdentityVersions } from '@/features/history/components/IdentityVersions';
import { useHistory } from '@/features/history/hooks/use-history';
import { usePersonConsent } from '@/features/privacy/api/get-person-consent';
import { ConsentGate } from '@/features/privacy/components/ConsentGate';
import { ConsentLinkOffer } from '@/features/privacy/components/ConsentLinkOffer';
import { ConsentState } from '@/features/privacy/components/ConsentState';
import { PersonActivity } from '@/features/privacy/components/PersonActivity';
import { PrivacyPanel } from '@/features/privacy/components/PrivacyPanel';
import { useReferenceImages } from '@/features/references/api/get-reference-images';
import { ReferenceImageManager } from '@/features/references/components/ReferenceImageManager';
import { useMe } from '@/hooks/use-auth';
import { useImagesAddress } from './hooks/use-images-address';
import { useOpenLatestJob } from './hooks/use-open-latest-job';

interface ImagesProps {
  /** How often a running job is polled, in ms (tests pass a short one). */
  pollMs?: number;
}

export function Images({ pollMs = DEFAULT_POLL_MS }: ImagesProps) {
  const me = useMe();
  if (!me.data?.is_staff) return <AdminsOnly />;
  return <ImageStudio pollMs={pollMs} />;
}

/** The Images page: it composes the features (photos, generation, history, privacy) for one person. */
function ImageStudio({ pollMs }: { pollMs: number }) {
  const { user, identity, jobId, batchId, update } = useImagesAddress();
  const users = useGenerationUsers();
  const options = useGenerationOptions();
  const isFinished = useIsFinished();

  const userId = user ?? users.data?.find((person) => person.is_current_user)?.id ?? '';
  const selectedUser = users.data?.find((person) => person.id === userId);
  const identityId = identity ?? '';
  const consent = usePersonConsent(selectedUser ? userId : '');
  const references = useReferenceImages(selectedUser ? userId : '');
  const identities = useIdentitiesFor(selectedUser);
  const job = useJob(jobId, pollMs);
  const batch = useBatch(batchId, pollMs);
  const history = useHistory({ identityId, userId, batchId, enabled: Boolean(identityId && selectedUser) });
  const settings = useGenerateSettings(options.data);
  const compare = useComparePicks(options.data?.max_candidates);
  const [revealKey, setRevealKey] = useState(0);
  const actions = useGenerationActions({
    onStarted: (created) => {
      const [first] = created.jobs;
      compare.clear();
      if (!first) return;
      // One poster shows on its own; several as a grid of candidates.
      update({ batch: created.id, job: created.count === 1 ? first.id : null, user: first.user, identity: first.identity.id }, false);
      setRevealKey((times) => times + 1);
    },
    onRefined: (child) => update({ job: child.id }, false),
  });
  const open = (next: string) => update({ job: next }, false);

  useRefreshWhenFinished(job.data, batch.data?.results);
  useOpenLatestJob(history, { identityId, jobId, batchId }, (latest) => update({ job: latest }));

  if (users.isPending) return <Spinner label="Loading users…" />;
  if (users.isError) return <ErrorMessage error={users.error} />;

  const running = Boolean(job.data) && !isFinished(job.data);
  const photos = { count: references.data?.length ?? 0, sent: references.data?.filter((photo) => photo.sent_with_posters).length ?? 0 };
  const chosenIdentity = identities.data?.find((item) => item.id === identityId);
  const identityJobId = chosenIdentity?.current_job ?? null;
  const candidates = batch.data?.results ?? [];
  const picked = compare.pickedFrom([...candidates, ...(history.jobs ?? [])]);
  const disabledReason = generateDisabledReason({
    userChosen: Boolean(selectedUser),
    photos: { loading: references.isPending, ...photos },
    identityChosen: Boolean(chosenIdentity),
    optionsLoading: options.isPending,
  });
  const who = selectedUser ? userLabel(selectedUser) : 'nobody yet';
  const drawing = running || actions.generate.isPending || candidates.some((candidate) => !isFinished(candidate));

  return (
    <div className="space-y-5">
      <PageHeader title="Images">Generate identity posters from a person's reference photos.</PageHeader>
      <div
        role="status"
        className="sticky top-0 z-10 truncate rounded-md border border-indigo-200 bg-indigo-50 px-4 py-2 text-sm font-medium text-indigo-900 shadow-sm"
      >
        {drawing ? 'Generating for' : 'Posters for'}: {who}
      </div>
      <UserSelector users={users.data} value={userId} onChange={(next) => update({ user: next, identity: null, job: null })} />
      {user && !selectedUser ? (
        <p role="alert" className="text-sm text-red-800">
          The user in this address is not available. Choose another one.
        </p>
      ) : null}
      {selectedUser ? (
        <>
          <ConsentState userId={userId} userLabel={who} />
          <ReferenceImageManager
            key={userId}
            userId={userId}
            userLabel={who}
            limits={options.data?.photo_limits}
            limitsError={options.error}
            consented={consent.data?.active ?? false}
            gate={(slots) => (
              <ConsentGate userId={userId} userLabel={who}>
                {slots}
              </ConsentGate>
            )}
          />
          {identity && identities.data && !chosenIdentity ? (
            <p role="alert" className="text-sm text-red-800">
              The identity in this address is not one of {who}'s identities. Choose one below.
            </p>
          ) : null}
          <IdentitySelector
            identities={identities.data}
            isPending={identities.isPending}
            error={identities.error}
            value={identityId}
            onChange={(next) => update({ identity: next || null, job: null })}
          />
        </>
      ) : null}

      <GenerateForm
        options={options}
        settings={settings}
        photos={photos}
        disabledReason={disabledReason}
        running={running}
        isStarting={actions.generate.isPending}
        error={actions.generate.error}
        onGenerate={() => actions.start({ ...settings, identityId, userId })}
      />
      {selectedUser ? <ConsentLinkOffer userId={userId} error={actions.generate.error} /> : null}

      <GenerationResult
        jobId={jobId}
        job={job}
        running={running}
        candidates={batchId ? candidates : []}
        actions={actions}
        identityJobId={identityJobId}
        offline={options.data?.provider === 'local'}
        compareIds={compare.ids}
        onToggleCompare={compare.toggle}
        onOpen={open}
        onUseSettings={settings.applySettingsOf}
        revealKey={revealKey}
      />
      <ErrorMessage error={actions.cancel.error ?? actions.star.error ?? (jobId ? null : actions.save.error)} />
      <CompareBar
        picked={picked}
        max={options.data?.max_candidates ?? picked.length}
        references={references.data ?? []}
        currentJobId={identityJobId}
        onUse={actions.saveJob}
        onClear={compare.clear}
      />

      {chosenIdentity ? <IdentityVersions identity={chosenIdentity} onOpenJob={open} /> : null}
      {identityId && selectedUser ? (
        <History
          history={history}
          batchAvailable={Boolean(batchId)}
          currentJobId={jobId}
          identityJobId={identityJobId}
          onSelect={open}
          compareIds={compare.ids}
          onToggleCompare={compare.toggle}
        />
      ) : null}
      {selectedUser ? <PrivacyPanel key={userId} userId={userId} userLabel={who} email={selectedUser.email} /> : null}
      {selectedUser ? <PersonActivity userId={userId} userLabel={who} people={users.data} /> : null}
    </div>
  );
}
