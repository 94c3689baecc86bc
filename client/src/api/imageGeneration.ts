import { queryOptions } from '@tanstack/react-query';
import type { Identity } from '@/api/identities';
import {
  imageGenerationGenerateCreate,
  imageGenerationJobsList,
  imageGenerationJobsRetrieve,
  imageGenerationJobsSaveToIdentityCreate,
  imageGenerationOptionsRetrieve,
  imageGenerationUsersList,
} from '@/api/generated/endpoints/image-generation/image-generation';
import {
  imageGenerationGenerateCreate202Response,
  imageGenerationJobsList200Response,
  imageGenerationJobsRetrieve200Response,
  imageGenerationJobsSaveToIdentityCreate200Response,
  imageGenerationOptionsRetrieve200Response,
  imageGenerationUsersList200Response,
} from '@/api/generated/zod/image-generation/image-generation.zod';
import type {
  AspectRatioEnum,
  AvailableUserOutput,
  GenerateInputRequest,
  GenerationJobOutput,
  GenerationJobStatusEnum,
  GenerationOptionsOutput,
  PaginatedGenerationJobOutputList,
  ResolutionEnum,
} from '@/api/generated/model';

export type GenerationUser = AvailableUserOutput;
export type GenerationOptions = GenerationOptionsOutput;
export type Job = GenerationJobOutput;
export type JobStatus = GenerationJobStatusEnum;
export type JobPage = PaginatedGenerationJobOutputList;
export type GenerateInput = GenerateInputRequest;
export type AspectRatio = AspectRatioEnum;
export type Resolution = ResolutionEnum;

const FINISHED: readonly JobStatus[] = ['succeeded', 'failed', 'cancelled'];

export function isFinished(job: Pick<Job, 'status'> | undefined | null): boolean {
  return job ? FINISHED.includes(job.status) : false;
}

export interface JobFilters {
  identityId?: string;
  userId?: string;
  status?: JobStatus;
}

export const imageGenerationKeys = {
  all: ['image-generation'] as const,
  users: () => [...imageGenerationKeys.all, 'users'] as const,
  options: () => [...imageGenerationKeys.all, 'options'] as const,
  jobs: () => [...imageGenerationKeys.all, 'jobs'] as const,
  jobList: (filters: JobFilters) => [...imageGenerationKeys.jobs(), 'list', filters] as const,
  job: (id: string) => [...imageGenerationKeys.jobs(), 'detail', id] as const,
};

export const getGenerationUsers = async (): Promise<GenerationUser[]> =>
  imageGenerationUsersList200Response.parse(await imageGenerationUsersList());
export const getGenerationOptions = async (): Promise<GenerationOptions> =>
  imageGenerationOptionsRetrieve200Response.parse(await imageGenerationOptionsRetrieve());
export const getJobs = async (filters: JobFilters): Promise<JobPage> =>
  imageGenerationJobsList200Response.parse(
    await imageGenerationJobsList({
      identity_id: filters.identityId || undefined,
      user_id: filters.userId || undefined,
      status: filters.status,
    }),
  );
export const getJob = async (id: string): Promise<Job> =>
  imageGenerationJobsRetrieve200Response.parse(await imageGenerationJobsRetrieve(id));

export const generateImage = async (input: GenerateInput): Promise<Job> =>
  imageGenerationGenerateCreate202Response.parse(await imageGenerationGenerateCreate(input));
export const saveJobToIdentity = async (jobId: string): Promise<Identity> =>
  imageGenerationJobsSaveToIdentityCreate200Response.parse(await imageGenerationJobsSaveToIdentityCreate(jobId));

export const DEFAULT_POLL_MS = 1500;

export const generationUsersQueryOptions = () =>
  queryOptions({ queryKey: imageGenerationKeys.users(), queryFn: getGenerationUsers });
export const generationOptionsQueryOptions = () =>
  // Polled: it also says whether a worker is there to draw what is queued.
  queryOptions({ queryKey: imageGenerationKeys.options(), queryFn: getGenerationOptions, refetchInterval: 30_000 });
export const jobsQueryOptions = (filters: JobFilters) =>
  queryOptions({ queryKey: imageGenerationKeys.jobList(filters), queryFn: () => getJobs(filters) });
export const jobQueryOptions = (id: string, pollMs: number = DEFAULT_POLL_MS) =>
  queryOptions({
    queryKey: imageGenerationKeys.job(id),
    queryFn: () => getJob(id),
    refetchInterval: (q) => (isFinished(q.state.data) ? false : pollMs),
  });
