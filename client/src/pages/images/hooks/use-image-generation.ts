import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getIdentitiesForUser, getMyIdentities, identityKeys, type Identity } from '@/api/identities';
import {
  DEFAULT_POLL_MS,
  generateImage,
  generationOptionsQueryOptions,
  generationUsersQueryOptions,
  imageGenerationKeys,
  jobQueryOptions,
  jobsQueryOptions,
  saveJobToIdentity,
  type GenerateInput,
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

export function useJobs(filters: JobFilters, enabled = true) {
  return useQuery({ ...jobsQueryOptions(filters), enabled });
}

export function useGenerateImage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: GenerateInput) => generateImage(input),
    onSuccess: (job) => {
      queryClient.setQueryData(imageGenerationKeys.job(job.id), job);
      return queryClient.invalidateQueries({ queryKey: [...imageGenerationKeys.jobs(), 'list'] });
    },
  });
}

export function useSaveToIdentity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: string) => saveJobToIdentity(jobId),
    onSuccess: (_identity, jobId) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: identityKeys.all }),
        queryClient.invalidateQueries({ queryKey: imageGenerationKeys.job(jobId) }),
        queryClient.invalidateQueries({ queryKey: [...imageGenerationKeys.jobs(), 'list'] }),
      ]),
  });
}
