import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { getUsersConsentRetrieveQueryKey, useUsersConsentRetrieve } from '@/api/generated/endpoints/users/users';
import type { PersonConsentOutput } from '@/api/generated/model';
import { usersConsentRetrieve200Response } from '@/api/generated/zod/users/users.zod';
import { refreshAfterPrivacyChange } from './refresh-after-privacy-change';

export type PersonConsent = PersonConsentOutput;

export const personConsentQueryKey = (userId: string) => getUsersConsentRetrieveQueryKey(userId);

/**
 * What the person agreed to (`active` false when nothing is recorded, or it was withdrawn).
 * Read again whenever the window comes back into focus: another tab, or the person through
 * their link, may have changed it.
 */
export function usePersonConsent(userId: string) {
  return useUsersConsentRetrieve(userId, {
    query: { enabled: Boolean(userId), refetchOnWindowFocus: 'always' },
    request: { schema: usersConsentRetrieve200Response },
  });
}

/** What changes when consent is recorded, withdrawn or erased. */
const consentStep = (consent: PersonConsent) =>
  JSON.stringify([consent.active, consent.send_to_provider, consent.face_matching, consent.recorded_at, consent.withdrawn_at]);

/**
 * When the person's consent is found changed (read again on focus after a withdrawal or an
 * erasure elsewhere), everything else on the page is read again too: photos, likeness, posters.
 */
export function useRefreshOnConsentChange(userId: string) {
  const queryClient = useQueryClient();
  const consent = usePersonConsent(userId);
  const seen = useRef<{ userId: string; step: string } | null>(null);
  const step = consent.data ? consentStep(consent.data) : null;
  useEffect(() => {
    if (step === null) return;
    const before = seen.current;
    seen.current = { userId, step };
    if (before && before.userId === userId && before.step !== step) void refreshAfterPrivacyChange(queryClient);
  }, [queryClient, userId, step]);
}
