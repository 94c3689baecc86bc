import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { Identity } from '@/api/identities';
import { IDEMPOTENCY_HEADER } from '@/lib/newIdempotencyKey';
import {
  imageGenerationGenerateCreate,
  imageGenerationJobsCancelCreate,
  imageGenerationJobsLineageRetrieve,
  imageGenerationJobsList,
  imageGenerationJobsRefineCreate,
  imageGenerationJobsRetrieve,
  imageGenerationJobsSaveToIdentityCreate,
  imageGenerationJobsStarCreate,
  imageGenerationJobsStarDestroy,
  imageGenerationOptionsRetrieve,
  imageGenerationUsersList,
} from '@/api/generated/endpoints/image-generation/image-generation';
import {
  imageGenerationGenerateCreate202Response,
  imageGenerationJobsCancelCreate200Response,
  imageGenerationJobsLineageRetrieve200Response,
  imageGenerationJobsList200Response,
  imageGenerationJobsRefineCreate202Response,
  imageGenerationJobsRetrieve200Response,
  imageGenerationJobsSaveToIdentityCreate200Response,
  imageGenerationJobsStarCreate200Response,
  imageGenerationJobsStarDestroy200Response,
  imageGenerationOptionsRetrieve200Response,
  imageGenerationUsersList200Response,
} from '@/api/generated/zod/image-generation/image-generation.zod';
import type {
  AspectRatioEnum,
  AvailableUserOutput,
  GenerateInputRequest,
  GenerationBatchOutput,
  GenerationJobOutput,
  GenerationJobStatusEnum,
  GenerationOptionsOutput,
  JobLineageOutput,
  PaginatedGenerationJobOutputList,
  RefineInputRequest,
  ResolutionEnum,
} from '@/api/generated/model';

export type GenerationUser = AvailableUserOutput;
export type GenerationOptions = GenerationOptionsOutput;
export type Job = GenerationJobOutput;
export type JobStatus = GenerationJobStatusEnum;
export type JobPage = PaginatedGenerationJobOutputList;
export type GenerateInput = GenerateInputRequest;
export type Batch = GenerationBatchOutput;
export type AspectRatio = AspectRatioEnum;
export type Resolution = ResolutionEnum;
export type JobLineage = JobLineageOutput;
export type RefineInput = RefineInputRequest;

const FINISHED: readonly JobStatus[] = ['succeeded', 'failed', 'cancelled'];

export function isFinished(job: Pick<Job, 'status'> | undefined | null): boolean {
  return job ? FINISHED.includes(job.status) : false;
}

/** The most candidates one click of Generate may ask for (the API's limit). */
export const MAX_CANDIDATES = 4;
export interface JobFilters {
  identityId?: string;
  userId?: string;
  status?: JobStatus;
  batchId?: string;
  starred?: boolean;
  /** Which page of the newest-first list (the API's pages of 20). */
  page?: number;
}

export const imageGenerationKeys = {
  all: ['image-generation'] as const,
  users: () => [...imageGenerationKeys.all, 'users'] as const,
  options: () => [...imageGenerationKeys.all, 'options'] as const,
  jobs: () => [...imageGenerationKeys.all, 'jobs'] as const,
  jobList: (filters: JobFilters) => [...imageGenerationKeys.jobs(), 'list', filters] as const,
  job: (id: string) => [...imageGenerationKeys.jobs(), 'detail', id] as const,
  lineage: (id: string) => [...imageGenerationKeys.jobs(), 'lineage', id] as const,
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
      batch_id: filters.batchId || undefined,
      starred: filters.starred,
      page: filters.page,
    }),
  );
export const getJob = async (id: string): Promise<Job> =>
  imageGenerationJobsRetrieve200Response.parse(await imageGenerationJobsRetrieve(id));

/** The header that makes a retry of the same click answer with the first result. */
const once = (key: string): RequestInit => ({ headers: { [IDEMPOTENCY_HEADER]: key } });

export const generateImages = async (input: GenerateInput, key: string): Promise<Batch> =>
  imageGenerationGenerateCreate202Response.parse(await imageGenerationGenerateCreate(input, once(key)));
export const cancelJob = async (jobId: string): Promise<Job> =>
  imageGenerationJobsCancelCreate200Response.parse(await imageGenerationJobsCancelCreate(jobId));
export const setJobStarred = async (jobId: string, starred: boolean): Promise<Job> =>
  starred
    ? imageGenerationJobsStarCreate200Response.parse(await imageGenerationJobsStarCreate(jobId))
    : imageGenerationJobsStarDestroy200Response.parse(await imageGenerationJobsStarDestroy(jobId));
export const saveJobToIdentity = async (jobId: string, key: string): Promise<Identity> =>
  imageGenerationJobsSaveToIdentityCreate200Response.parse(await imageGenerationJobsSaveToIdentityCreate(jobId, once(key)));

export const refineJob = async (jobId: string, input: RefineInput, key: string): Promise<Job> =>
  imageGenerationJobsRefineCreate202Response.parse(await imageGenerationJobsRefineCreate(jobId, input, once(key)));
export const getJobLineage = async (jobId: string): Promise<JobLineage> =>
  imageGenerationJobsLineageRetrieve200Response.parse(await imageGenerationJobsLineageRetrieve(jobId));

export const DEFAULT_POLL_MS = 1500;

export const generationUsersQueryOptions = () =>
  queryOptions({ queryKey: imageGenerationKeys.users(), queryFn: getGenerationUsers });
export const generationOptionsQueryOptions = () =>
  // Polled: it also says whether a worker is there to draw what is queued.
  queryOptions({ queryKey: imageGenerationKeys.options(), queryFn: getGenerationOptions, refetchInterval: 30_000 });
export const jobsQueryOptions = (filters: JobFilters, pollMs: number | false = false) =>
  queryOptions({
    queryKey: imageGenerationKeys.jobList(filters),
    queryFn: () => getJobs(filters),
    // Polled while any listed job is still queued or running (a batch's candidates).
    refetchInterval: (q) =>
      pollMs !== false && q.state.data?.results.some((job) => !isFinished(job)) ? pollMs : false,
  });
export const jobQueryOptions = (id: string, pollMs: number = DEFAULT_POLL_MS) =>
  queryOptions({
    queryKey: imageGenerationKeys.job(id),
    queryFn: () => getJob(id),
    refetchInterval: (q) => (isFinished(q.state.data) ? false : pollMs),
  });
/** The history, a page at a time ("Load more" fetches the next). */
export const jobPagesQueryOptions = (filters: JobFilters) =>
  infiniteQueryOptions({
    queryKey: [...imageGenerationKeys.jobList(filters), 'pages'],
    queryFn: ({ pageParam }) => getJobs({ ...filters, page: pageParam }),
    initialPageParam: 1,
    getNextPageParam: (last, pages) => (last.next ? pages.length + 1 : undefined),
  });
