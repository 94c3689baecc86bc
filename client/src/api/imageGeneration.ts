import type { Query, QueryClient } from '@tanstack/react-query';
import {
  getImageGenerationJobsListInfiniteQueryKey,
  getImageGenerationJobsListQueryKey,
  getImageGenerationJobsRetrieveQueryKey,
} from '@/api/generated/endpoints/image-generation/image-generation';
import type {
  AspectRatioEnum,
  AvailableUserOutput,
  GenerationJobOutput,
  GenerationJobStatusEnum,
  GenerationOptionsOutput,
  ImageGenerationJobsListParams,
  JobLineageOutput,
  ResolutionEnum,
} from '@/api/generated/model';

export type GenerationUser = AvailableUserOutput;
export type GenerationOptions = GenerationOptionsOutput;
export type Job = GenerationJobOutput;
export type JobStatus = GenerationJobStatusEnum;
export type AspectRatio = AspectRatioEnum;
export type Resolution = ResolutionEnum;
export type JobLineage = JobLineageOutput;
export type JobListParams = ImageGenerationJobsListParams;

/*
 * The generated query keys of jobs: a list is [...'jobs', {params}] (its history pages the same
 * after 'infinate'), a job [...'jobs', id], its lineage [...'jobs', id, 'lineage']. An empty
 * params object matches every list and no single job.
 */
const lists = [getImageGenerationJobsListQueryKey({}), getImageGenerationJobsListInfiniteQueryKey({})];
const everyJob = [getImageGenerationJobsListQueryKey(), getImageGenerationJobsListInfiniteQueryKey()];

/** Lists and history pages: what a new or changed job shows up in. */
export const invalidateJobLists = (queryClient: QueryClient) =>
  Promise.all(lists.map((queryKey) => queryClient.invalidateQueries({ queryKey })));

/** Every read of jobs: lists, history pages, single jobs and lineages. */
export const invalidateJobs = (queryClient: QueryClient) =>
  Promise.all(everyJob.map((queryKey) => queryClient.invalidateQueries({ queryKey })));

const isLineageQuery = (query: Pick<Query, 'queryKey'>) => query.queryKey.at(-1) === 'lineage' && query.queryKey.includes('image-generation');

export const invalidateLineages = (queryClient: QueryClient) => queryClient.invalidateQueries({ predicate: isLineageQuery });

export const invalidateJob = (queryClient: QueryClient, jobId: string) =>
  queryClient.invalidateQueries({ queryKey: getImageGenerationJobsRetrieveQueryKey(jobId), exact: true });

export const setJob = (queryClient: QueryClient, job: Job) =>
  queryClient.setQueryData(getImageGenerationJobsRetrieveQueryKey(job.id), job);
