import type {
  AvailableUserOutput,
  ConsentLinkStatusOutput,
  GenerationJobOutput,
  IdentityImageVersionOutput,
  GenerationOptionsOutput,
  IdentityOutput,
  PersonConsentOutput,
  PersonConsentStepOutput,
  PrivacyNoticeOutput,
  ReferenceImageOutput,
  TestUserOutput,
  UserOutput,
} from '@/api/generated/model';

/**
 * Fixed answers for tests: what the generated MSW handlers answer with instead of made-up data
 * where a test needs particular data. Typed with the types generated from the API's schema, so
 * a fixture that drifts from the server fails `tsc`.
 */

/** A valid (version 4) UUID whose last digits are `n`, as the server's ids are UUIDs. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export const ADMIN_ID = '11111111-1111-4111-8111-111111111111';
export const TEST_USER_ID = '22222222-2222-4222-8222-222222222222';
export const IDENTITY_ID = uuid(1);
export const TEST_USER_IDENTITY_ID = uuid(2);
export const REFERENCE_IMAGE_ID = uuid(3);
export const JOB_ID = uuid(4);

export const admin: UserOutput = {
  id: ADMIN_ID,
  email: 'admin@example.com',
  first_name: 'Ada',
  last_name: 'Admin',
  full_name: 'Ada Admin',
  is_staff: true,
};

export const member: UserOutput = { ...admin, id: '33333333-3333-4333-8333-333333333333', email: 'member@example.com', is_staff: false };

/** Media URLs as local storage answers them: paths under /media/. */
export function renditions(name: string) {
  return { full_size: `/media/${name}.jpg`, medium: `/media/${name}-medium.jpg`, thumbnail: `/media/${name}-thumb.jpg` };
}

export function makeIdentity(overrides: Partial<IdentityOutput> = {}): IdentityOutput {
  return {
    id: IDENTITY_ID,
    user: ADMIN_ID,
    name: 'Creative Visionary',
    category: 'Career',
    i_am_statement: 'I am a creative visionary who builds bold things.',
    image: null,
    image_width: null,
    image_height: null,
    current_version: null,
    current_job: null,
    order: 0,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

export function makeReferenceImage(overrides: Partial<ReferenceImageOutput> = {}): ReferenceImageOutput {
  return {
    id: REFERENCE_IMAGE_ID,
    user: ADMIN_ID,
    name: 'portrait.jpg',
    order: 0,
    image: renditions('ref-1'),
    width: 1024,
    height: 1024,
    quality: { faces: 1, face_box: [10, 10, 100, 100], match_to_others: null, warnings: [] },
    sent_with_posters: true,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    last_used_at: null,
    deletes_at: '2027-01-01T00:00:00Z',
    ...overrides,
  };
}

export function makeJob(overrides: Partial<GenerationJobOutput> = {}): GenerationJobOutput {
  return {
    id: JOB_ID,
    status: 'queued',
    batch: null,
    starred: false,
    cancel_requested: false,
    identity: { id: IDENTITY_ID, name: 'Creative Visionary' },
    user: ADMIN_ID,
    created_by: ADMIN_ID,
    provider: 'local',
    provider_store: null,
    model: 'local-poster',
    aspect_ratio: '3:4',
    resolution: '1K',
    additional_prompt: '',
    prompt: 'prompt',
    parent_id: null,
    instruction: '',
    depth: 0,
    reference_image_ids: [REFERENCE_IMAGE_ID],
    image: null,
    image_url: null,
    download_url: null,
    width: null,
    height: null,
    mime_type: '',
    error_code: '',
    error_message: '',
    attempts: 0,
    usage: null,
    cost_usd: '0.0000',
    response_id: '',
    model_version: '',
    save_to_identity: false,
    created_at: new Date().toISOString(),
    started_at: null,
    finished_at: null,
    provider_ms: null,
    saved_to_identity_at: null,
    likeness: null,
    likeness_unavailable_reason: 'The likeness is measured once the poster is stored.',
    likeness_pasted: false,
    refinement_understood: null,
    deletes_at: null,
    ...overrides,
  };
}

/** A version row, with the identity it belongs to (the API lists them per identity). */
export type StoredVersion = IdentityImageVersionOutput & { identity: string };

export function makeVersion(overrides: Partial<StoredVersion> = {}): StoredVersion {
  return {
    id: uuid(5),
    identity: IDENTITY_ID,
    image: renditions('version'),
    image_width: 1376,
    image_height: 768,
    source: 'upload',
    job: null,
    created_by: ADMIN_ID,
    created_at: new Date().toISOString(),
    is_current: true,
    ...overrides,
  };
}

export const options: GenerationOptionsOutput = {
  provider: 'local',
  model: 'local-poster',
  provider_uses_additional_prompt: false,
  aspect_ratios: ['1:1', '3:4', '16:9'],
  resolutions: ['1K', '2K', '4K'],
  default_aspect_ratio: '3:4',
  default_resolution: '1K',
  estimated_cost_usd: { '1K': '0.1400', '2K': '0.1400', '4K': '0.2400' },
  worker: { state: 'running', last_seen_at: '2026-12-02T10:00:00Z' },
  max_candidates: 4,
  finished_statuses: ['succeeded', 'failed', 'cancelled'],
  photo_limits: {
    max_photos: 5,
    max_bytes: 20 * 1024 * 1024,
    max_size: '20 MB',
    max_megapixels: 40,
    min_short_side_px: 256,
    recommended_short_side_px: 512,
    accepted_formats: ['JPEG', 'PNG', 'WebP', 'HEIC'],
    too_large_refusal: 'This file is larger than 20 MB, the largest image accepted.',
    wrong_format_refusal: 'Please choose a JPEG, PNG, WebP or HEIC photo.',
  },
};

export const testUsers: TestUserOutput[] = [
  {
    user_id: TEST_USER_ID,
    email: 'sam@test.example.com',
    first_name: 'Sam',
    last_name: 'Tester',
    scenario_id: 1,
    scenario_name: 'Runner returning from injury',
    scenario_description: 'A runner rebuilding confidence.',
  },
];

/** One step of a person's consent history: by default an admin attesting both scopes. */
export function makeConsentStep(userId: string, overrides: Partial<PersonConsentStepOutput> = {}): PersonConsentStepOutput {
  const step: PersonConsentStepOutput = {
    id: 1,
    user: userId,
    active: true,
    change: 'record',
    given_by: 'staff',
    recorded_by: ADMIN_ID,
    recorded_by_email: admin.email,
    recorded_at: '2026-01-01T00:00:00Z',
    note: 'Paper form in HR file 2026-01',
    full_name: '',
    notice_version: NOTICE_VERSION,
    notice_sha256: '0'.repeat(64),
    provider: 'local',
    scopes: [],
    send_to_provider: true,
    face_matching: true,
    withdrawn_at: null,
    client_ip: null,
    user_agent: '',
    ...overrides,
  };
  const scopes = (['send_to_provider', 'face_matching'] as const).filter((scope) => step[scope]);
  return { ...step, scopes: overrides.scopes ?? scopes };
}

/**
 * A person's consent as the API answers it: in brief, with its current step (made from the
 * brief unless given) and a history of that one step.
 */
export function makeConsent(userId: string, overrides: Partial<PersonConsentOutput> = {}): PersonConsentOutput {
  const brief = {
    user: userId,
    active: true,
    recorded_by: ADMIN_ID,
    recorded_at: '2026-01-01T00:00:00Z',
    notice_version: NOTICE_VERSION,
    send_to_provider: true,
    face_matching: true,
    withdrawn_at: null,
    ...overrides,
  };
  const current =
    overrides.current !== undefined
      ? overrides.current
      : brief.recorded_at
        ? makeConsentStep(userId, {
            active: brief.active,
            change: brief.active ? 'record' : 'withdraw',
            recorded_at: brief.withdrawn_at ?? brief.recorded_at,
            notice_version: brief.notice_version,
            send_to_provider: brief.send_to_provider,
            face_matching: brief.face_matching,
            withdrawn_at: brief.withdrawn_at,
          })
        : null;
  return { ...brief, current, history: overrides.history ?? (current ? [current] : []) };
}

export const NOTICE_VERSION = '2026-12';

export const noConsent = (userId: string): PersonConsentOutput => ({
  user: userId,
  active: false,
  recorded_by: null,
  recorded_at: null,
  notice_version: '',
  send_to_provider: false,
  face_matching: false,
  withdrawn_at: null,
  current: null,
  history: [],
});

/** A person with no consent link that opens. */
export const noConsentLink: ConsentLinkStatusOutput = { live: false, id: null, created_at: null, expires_at: null, created_by: null };

export const generationUsers: AvailableUserOutput[] = [
  { id: ADMIN_ID, email: admin.email, name: 'Ada Admin', is_current_user: true, is_test_user: false },
  // As the server: a test user is named by their scenario, not by their first and last name.
  { id: TEST_USER_ID, email: 'sam@test.example.com', name: 'Runner returning from injury', is_current_user: false, is_test_user: true },
];

export const testUserIdentity = makeIdentity({ id: TEST_USER_IDENTITY_ID, user: TEST_USER_ID, name: 'Marathon Runner', category: 'Health' });

export const privacyNotice: PrivacyNoticeOutput = {
  version: NOTICE_VERSION,
  text: 'What we store: up to five photos of you.\n\nHow to erase it: ask an admin.',
  text_sha256: '0'.repeat(64),
  send_to_provider_scope: 'their photos are sent to the test provider to draw posters',
  choices: [
    { scope: 'send_to_provider', sentence: 'their photos are sent to the test provider to draw posters', ticked: false },
    { scope: 'face_matching', sentence: 'their face is measured to check that posters look like them', ticked: false },
  ],
  reference_photo_retention_days: 365,
  unsaved_poster_retention_days: 30,
};

/** One page of a list, as the API's paginated lists answer. */
export function page<T>(results: T[], next: string | null = null) {
  return { count: results.length, next, previous: null, results };
}
