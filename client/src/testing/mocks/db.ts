import type { User } from '@/api/auth';
import type { Identity } from '@/api/identities';
import type { GenerationOptions, GenerationUser, Job } from '@/api/imageGeneration';
import type { ReferenceImage } from '@/api/referenceImages';

/** In-memory data the MSW handlers read and change; reset after each test. */
export const ADMIN_ID = '11111111-1111-4111-8111-111111111111';
export const TEST_USER_ID = '22222222-2222-4222-8222-222222222222';

export const admin: User = {
  id: ADMIN_ID,
  email: 'admin@example.com',
  first_name: 'Ada',
  last_name: 'Admin',
  full_name: 'Ada Admin',
  is_staff: true,
};

export const member: User = { ...admin, id: '33333333-3333-4333-8333-333333333333', email: 'member@example.com', is_staff: false };

export function renditions(name: string) {
  return { full_size: `/media/${name}.jpg`, medium: `/media/${name}-medium.jpg`, thumbnail: `/media/${name}-thumb.jpg` };
}

export function makeIdentity(overrides: Partial<Identity> = {}): Identity {
  return {
    id: 'identity-1',
    user: ADMIN_ID,
    name: 'Creative Visionary',
    category: 'Career',
    i_am_statement: 'I am a creative visionary who builds bold things.',
    image: null,
    image_width: null,
    image_height: null,
    order: 0,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

export function makeReferenceImage(overrides: Partial<ReferenceImage> = {}): ReferenceImage {
  return {
    id: 'ref-1',
    user: ADMIN_ID,
    name: 'portrait.jpg',
    order: 0,
    image: renditions('ref-1'),
    width: 1024,
    height: 1024,
    quality: { faces: 1, face_box: [10, 10, 100, 100], warnings: [] },
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

export function makeJob(overrides: Partial<Job> = {}): Job {
  return {
    id: 'job-1',
    status: 'queued',
    identity: { id: 'identity-1', name: 'Creative Visionary' },
    user: ADMIN_ID,
    created_by: ADMIN_ID,
    provider: 'local',
    model: 'local-poster',
    aspect_ratio: '3:4',
    resolution: '1K',
    additional_prompt: '',
    prompt: 'prompt',
    reference_image_ids: ['ref-1'],
    image: null,
    image_url: null,
    width: null,
    height: null,
    mime_type: null,
    error_code: null,
    error_message: null,
    usage: null,
    cost_usd: null,
    created_at: new Date().toISOString(),
    started_at: null,
    finished_at: null,
    provider_ms: null,
    saved_to_identity_at: null,
    ...overrides,
  };
}

export const options: GenerationOptions = {
  provider: 'local',
  model: 'local-poster',
  aspect_ratios: ['1:1', '3:4', '16:9'],
  resolutions: ['1K', '2K', '4K'],
  default_aspect_ratio: '3:4',
  default_resolution: '1K',
  estimated_cost_usd: { '1K': '0.14', '2K': '0.14', '4K': '0.24' },
};

interface Db {
  me: User | null;
  identities: Identity[];
  referenceImages: ReferenceImage[];
  jobs: Job[];
  generationUsers: GenerationUser[];
  /** How many GETs of each job there were. */
  jobReads: Record<string, number>;
  nextId: number;
}

function fresh(): Db {
  return {
    me: admin,
    identities: [makeIdentity()],
    referenceImages: [],
    jobs: [],
    generationUsers: [
      { id: ADMIN_ID, email: admin.email, name: 'Ada Admin', is_current_user: true, is_test_user: false },
      { id: TEST_USER_ID, email: 'sam@test.example.com', name: 'Sam Tester', is_current_user: false, is_test_user: true },
    ],
    jobReads: {},
    nextId: 100,
  };
}

export const db: Db = fresh();

export function resetDb(): void {
  Object.assign(db, fresh());
}
