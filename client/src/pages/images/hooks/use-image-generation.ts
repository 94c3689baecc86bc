import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  getIdentitiesForUser,
  getMyIdentities,
  identityKeys,
  identityVersionsQueryOptions,
  restoreIdentityVersion,
  type Identity,
} from '@/api/identities';
import {
  DEFAULT_POLL_MS,
  cancelJob,
  generateImages,
  getJobLineage,
  generationOptionsQueryOptions,
  generationUsersQueryOptions,
  imageGenerationKeys,
  jobPagesQueryOptions,
  jobQueryOptions,
  jobsQueryOptions,
  refineJob,
  saveJobToIdentity,
  setJobStarred,
  type GenerateInput,
  type RefineInput,
  type GenerationUser,
  type JobFilters,
} from '@/api/imageGeneration';
import { getTestUserIdentities } from '@/api/testUsers';

export function useGenerationUsers() {
  return useQuery(generationUsersQueryOptions());
}

export function useGenerationOptions() {
  return useQuery(generationOptionsQueryOptions());
}

/** Identities of the chosen user: mine, a test user's, or (staff) anyone's. */
export function useIdentitiesFor(user: GenerationUser | undefined) {
  let queryKey: readonly unknown[] = identityKeys.forUser('');
  let queryFn: () => Promise<Identity[]> = () => Promise.resolve([]);
  if (user?.is_current_user) {
    queryKey = identityKeys.mine();
    queryFn = getMyIdentities;
  } else if (user?.is_test_user) {
    queryKey = identityKeys.forUser(user.id);
    queryFn = () => getTestUserIdentities(user.id);
  } else if (user) {
    queryKey = identityKeys.forUser(user.id);
    queryFn = () => getIdentitiesForUser(user.id);
  }
  return useQuery({ queryKey, queryFn, enabled: Boolean(user) });
}

/** One job, polled until it has finished. */
export function useJob(jobId: string | null, pollMs: number = DEFAULT_POLL_MS) {
  return useQuery({ ...jobQueryOptions(jobId ?? '', pollMs), enabled: Boolean(jobId) });
}

/** A list of jobs; with `pollMs`, polled while any of them is still queued or running. */
export function useJobs(filters: JobFilters, enabled = true, pollMs: number | false = false) {
  return useQuery({ ...jobsQueryOptions(filters, pollMs), enabled });
}

/** The history, newest first, a page at a time. */
export function useJobPages(filters: JobFilters, enabled = true) {
  return useInfiniteQuery({ ...jobPagesQueryOptions(filters), enabled });
}

export function useGenerateImages() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: GenerateInput; key: string }) => generateImages(input, key),
    onSuccess: (batch) => {
      for (const job of batch.jobs) queryClient.setQueryData(imageGenerationKeys.job(job.id), job);
      return queryClient.invalidateQueries({ queryKey: [...imageGenerationKeys.jobs(), 'list'] });
    },
  });
}

function useJobChange<V>(change: (variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: imageGenerationKeys.jobs() }),
  });
}

export function useCancelJob() {
  return useJobChange((jobId: string) => cancelJob(jobId));
}

export function useStarJob() {
  return useJobChange(({ jobId, starred }: { jobId: string; starred: boolean }) => setJobStarred(jobId, starred));
}

export function useIdentityVersions(identityId: string) {
  return useQuery({ ...identityVersionsQueryOptions(identityId), enabled: Boolean(identityId) });
}

export function useRestoreVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ identityId, versionId }: { identityId: string; versionId: string }) =>
      restoreIdentityVersion(identityId, versionId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: identityKeys.all }),
  });
}

export function useSaveToIdentity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ jobId, key }: { jobId: string; key: string }) => saveJobToIdentity(jobId, key),
    onSuccess: (_identity, { jobId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: identityKeys.all }),
        queryClient.invalidateQueries({ queryKey: imageGenerationKeys.job(jobId) }),
        queryClient.invalidateQueries({ queryKey: [...imageGenerationKeys.jobs(), 'list'] }),
      ]),
  });
}

export function useRefineJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ jobId, input, key }: { jobId: string; input: RefineInput; key: string }) =>
      refineJob(jobId, input, key),
    onSuccess: (job) => {
      queryClient.setQueryData(imageGenerationKeys.job(job.id), job);
      return queryClient.invalidateQueries({ queryKey: imageGenerationKeys.jobs() });
    },
  });
}

/** The chain from the first poster to this job; refetched whenever jobs change. */
export function useJobLineage(jobId: string | null) {
  return useQuery({
    queryKey: imageGenerationKeys.lineage(jobId ?? ''),
    queryFn: () => getJobLineage(jobId ?? ''),
    enabled: Boolean(jobId),
  });
}
