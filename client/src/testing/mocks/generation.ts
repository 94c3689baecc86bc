import {
  getIdentitiesVersionsListMockHandler,
  getIdentitiesVersionsRestoreCreateMockHandler,
} from '@/api/generated/endpoints/identities/identities.msw';
import {
  getImageGenerationGenerateCreateMockHandler,
  getImageGenerationJobsCancelCreateMockHandler,
  getImageGenerationJobsLineageRetrieveMockHandler,
  getImageGenerationJobsListMockHandler,
  getImageGenerationJobsRefineCreateMockHandler,
  getImageGenerationJobsRetrieveMockHandler,
  getImageGenerationJobsSaveToIdentityCreateMockHandler,
  getImageGenerationJobsStarCreateMockHandler,
  getImageGenerationJobsStarDestroyMockHandler,
} from '@/api/generated/endpoints/image-generation/image-generation.msw';
import { getUsersMeIdentitiesListMockHandler } from '@/api/generated/endpoints/users/users.msw';
import type { GenerateInputRequest, GenerationJobOutput, IdentityOutput, RefineInputRequest } from '@/api/generated/model';
import { makeIdentity, makeJob, makeVersion, uuid, type StoredVersion } from './fixtures';
import { refuse } from './handlers';
import { server } from './server';

interface Studio {
  /** Newest first, as the API lists them. */
  jobs: GenerationJobOutput[];
  /** The signed-in admin's identities. */
  identities: IdentityOutput[];
  versions: StoredVersion[];
  /** How many GETs of each job there were. */
  jobReads: Record<string, number>;
}

const PAGE_SIZE = 20;

/**
 * For a test that generates, polls, stars, saves, refines or restores: the generation and
 * identity endpoints answer as the server does, from and into the state returned (which the
 * test reads and changes). Ids of what they create are numbered from 100.
 */
export function serveGeneration(initial: Partial<Omit<Studio, 'jobReads'>> = {}): Studio {
  const studio: Studio = {
    jobs: [...(initial.jobs ?? [])],
    identities: [...(initial.identities ?? [makeIdentity()])],
    versions: [...(initial.versions ?? [])],
    jobReads: {},
  };
  let next = 100;
  const jobOr404 = (id: unknown) => studio.jobs.find((job) => job.id === id) ?? refuse(404, 'No such job.', 'not_found');
  /** Puts `job` where the job with its id is, and answers with it. */
  const change = (job: GenerationJobOutput) => {
    studio.jobs = studio.jobs.map((item) => (item.id === job.id ? job : item));
    return job;
  };
  const setCurrent = (identity: IdentityOutput, changes: Partial<IdentityOutput>) => {
    const changed = { ...identity, ...changes };
    studio.identities = studio.identities.map((item) => (item.id === identity.id ? changed : item));
    return changed;
  };

  server.use(
    getUsersMeIdentitiesListMockHandler(() => studio.identities),
    getImageGenerationGenerateCreateMockHandler(async ({ request }) => {
      const body = (await request.json()) as GenerateInputRequest;
      const batch = uuid(next++);
      const count = body.count ?? 1;
      const jobs = Array.from({ length: count }, () => makeJob({ id: uuid(next++), user: body.user_id, batch }));
      studio.jobs.unshift(...jobs);
      return { id: batch, count, created_at: new Date().toISOString(), jobs, estimated_cost_usd: '0.0000' };
    }),
    // As the server: newest first, filtered, in pages of 20 with the total.
    getImageGenerationJobsListMockHandler(({ request }) => {
      const query = new URL(request.url).searchParams;
      const rows = studio.jobs.filter(
        (job) =>
          (!query.get('batch_id') || job.batch === query.get('batch_id')) &&
          (!query.get('starred') || String(job.starred) === query.get('starred')) &&
          (!query.get('status') || job.status === query.get('status')),
      );
      const number = Number(query.get('page') ?? 1);
      const more = number * PAGE_SIZE < rows.length;
      return {
        count: rows.length,
        next: more ? `http://localhost/api/v1/image-generation/jobs/?page=${number + 1}` : null,
        previous: null,
        results: rows.slice((number - 1) * PAGE_SIZE, number * PAGE_SIZE),
      };
    }),
    getImageGenerationJobsRetrieveMockHandler(({ params }) => {
      const job = jobOr404(params.id);
      studio.jobReads[job.id] = (studio.jobReads[job.id] ?? 0) + 1;
      return job;
    }),
    getImageGenerationJobsStarCreateMockHandler(({ params }) => change({ ...jobOr404(params.id), starred: true })),
    getImageGenerationJobsStarDestroyMockHandler(({ params }) => change({ ...jobOr404(params.id), starred: false })),
    getImageGenerationJobsCancelCreateMockHandler(({ params }) => {
      const job = jobOr404(params.id);
      if (job.status !== 'queued' && job.status !== 'running') refuse(409, 'This generation has already ended.', 'job_finished');
      return change({ ...job, status: 'cancelled', error_code: 'cancelled', error_message: 'Cancelled before it started.' });
    }),
    getImageGenerationJobsSaveToIdentityCreateMockHandler(({ params }) => {
      const job = jobOr404(params.id);
      if (job.status !== 'succeeded') refuse(409, 'Only a finished image can be saved.', 'conflict');
      change({ ...job, saved_to_identity_at: new Date().toISOString() });
      const identity = studio.identities.find((item) => item.id === job.identity.id) ?? makeIdentity();
      const version = makeVersion({ id: uuid(next++), identity: identity.id, image: job.image, source: 'generation', job: job.id });
      studio.versions = [version, ...studio.versions.map((item) => (item.identity === identity.id ? { ...item, is_current: false } : item))];
      return setCurrent(identity, { image: job.image, current_version: version.id, current_job: job.id });
    }),
    getImageGenerationJobsRefineCreateMockHandler(async ({ params, request }) => {
      const parent = jobOr404(params.id);
      if (parent.status !== 'succeeded') refuse(409, 'Only a finished poster can be refined.', 'conflict');
      const { instruction } = (await request.json()) as RefineInputRequest;
      const job = makeJob({ id: uuid(next++), user: parent.user, parent_id: parent.id, instruction, depth: parent.depth + 1 });
      studio.jobs.unshift(job);
      return job;
    }),
    getImageGenerationJobsLineageRetrieveMockHandler(({ params }) => {
      const chain: GenerationJobOutput[] = [];
      for (let job = studio.jobs.find((item) => item.id === params.id); job; ) {
        chain.unshift(job);
        job = studio.jobs.find((item) => item.id === job?.parent_id);
      }
      if (chain.length === 0) refuse(404, 'No such job.', 'not_found');
      return { chain: chain.map((job) => ({ job, children: studio.jobs.filter((item) => item.parent_id === job.id) })) };
    }),
    // The rows keep the identity they belong to; the client's schema drops the extra field.
    getIdentitiesVersionsListMockHandler(({ params }) => studio.versions.filter((version) => version.identity === params.id)),
    getIdentitiesVersionsRestoreCreateMockHandler(({ params }) => {
      const version = studio.versions.find((item) => item.id === params.versionId && item.identity === params.id);
      const identity = studio.identities.find((item) => item.id === params.id);
      if (!version || !identity) refuse(404, 'Not found.', 'not_found');
      studio.versions = studio.versions.map((item) => (item.identity === params.id ? { ...item, is_current: item.id === version.id } : item));
      return setCurrent(identity, { image: version.image, current_version: version.id, current_job: version.job });
    }),
  );
  return studio;
}
