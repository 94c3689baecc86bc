import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { identitySchema } from '@/api/identities';
import { apiClient, qs } from '@/lib/apiClient';
import { idSchema, renditionsSchema } from '@/lib/schemas';

export const generationUserSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string().nullable().default(''),
  is_current_user: z.boolean(),
  is_test_user: z.boolean(),
});
export type GenerationUser = z.infer<typeof generationUserSchema>;

export const generationOptionsSchema = z.object({
  provider: z.string(),
  model: z.string(),
  aspect_ratios: z.array(z.string()),
  resolutions: z.array(z.string()),
  default_aspect_ratio: z.string(),
  default_resolution: z.string(),
  estimated_cost_usd: z.record(z.string(), z.union([z.string(), z.number()]).transform(String)).default({}),
});
export type GenerationOptions = z.infer<typeof generationOptionsSchema>;

export const jobStatusSchema = z.enum(['queued', 'running', 'succeeded', 'failed']);
export type JobStatus = z.infer<typeof jobStatusSchema>;

const nullableString = z.string().nullable().optional();

export const jobSchema = z.object({
  id: idSchema,
  status: jobStatusSchema,
  identity: z.object({ id: idSchema, name: z.string() }),
  user: idSchema,
  created_by: idSchema.nullable().optional(),
  provider: z.string().default(''),
  model: z.string().default(''),
  aspect_ratio: z.string().default(''),
  resolution: z.string().default(''),
  additional_prompt: z.string().nullable().default(''),
  prompt: nullableString,
  reference_image_ids: z.array(idSchema).default([]),
  image: renditionsSchema.nullable().optional(),
  image_url: nullableString,
  width: z.number().nullable().optional(),
  height: z.number().nullable().optional(),
  mime_type: nullableString,
  error_code: nullableString,
  error_message: nullableString,
  usage: z
    .object({
      prompt_tokens: z.number().nullable().optional(),
      output_tokens: z.number().nullable().optional(),
      total_tokens: z.number().nullable().optional(),
    })
    .nullable()
    .optional(),
  cost_usd: z.union([z.string(), z.number()]).nullable().optional(),
  created_at: z.string(),
  started_at: nullableString,
  finished_at: nullableString,
  provider_ms: z.number().nullable().optional(),
  saved_to_identity_at: nullableString,
});
export type Job = z.infer<typeof jobSchema>;

export const jobPageSchema = z.object({
  count: z.number(),
  next: z.string().nullable(),
  previous: z.string().nullable(),
  results: z.array(jobSchema),
});
export type JobPage = z.infer<typeof jobPageSchema>;

export function isFinished(job: Job | undefined | null): boolean {
  return job?.status === 'succeeded' || job?.status === 'failed';
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

export const getGenerationUsers = () => apiClient.get('/image-generation/users/', z.array(generationUserSchema));
export const getGenerationOptions = () => apiClient.get('/image-generation/options/', generationOptionsSchema);
export const getJobs = (filters: JobFilters) =>
  apiClient.get(
    `/image-generation/jobs/${qs({ identity_id: filters.identityId, user_id: filters.userId, status: filters.status })}`,
    jobPageSchema,
  );
export const getJob = (id: string) => apiClient.get(`/image-generation/jobs/${encodeURIComponent(id)}/`, jobSchema);

export interface GenerateInput {
  identity_id: string;
  user_id: string;
  additional_prompt?: string;
  aspect_ratio?: string;
  resolution?: string;
  save_to_identity?: boolean;
}

export const generateImage = (input: GenerateInput) => apiClient.post('/image-generation/generate/', input, jobSchema);
export const saveJobToIdentity = (jobId: string) =>
  apiClient.post(`/image-generation/jobs/${encodeURIComponent(jobId)}/save-to-identity/`, {}, identitySchema);

export const DEFAULT_POLL_MS = 1500;

export const generationUsersQueryOptions = () =>
  queryOptions({ queryKey: imageGenerationKeys.users(), queryFn: getGenerationUsers });
export const generationOptionsQueryOptions = () =>
  queryOptions({ queryKey: imageGenerationKeys.options(), queryFn: getGenerationOptions, staleTime: 10 * 60_000 });
export const jobsQueryOptions = (filters: JobFilters) =>
  queryOptions({ queryKey: imageGenerationKeys.jobList(filters), queryFn: () => getJobs(filters) });
export const jobQueryOptions = (id: string, pollMs: number = DEFAULT_POLL_MS) =>
  queryOptions({
    queryKey: imageGenerationKeys.job(id),
    queryFn: () => getJob(id),
    refetchInterval: (q) => (isFinished(q.state.data) ? false : pollMs),
  });
