import { getConsentLinkRetrieveQueryKey, useConsentLinkRetrieve } from '@/api/generated/endpoints/consent/consent';
import type { ConsentLinkPageOutput } from '@/api/generated/model';
import { consentLinkRetrieve200Response } from '@/api/generated/zod/consent/consent.zod';

export type ConsentLinkPage = ConsentLinkPageOutput;

export const consentLinkPageQueryKey = (token: string) => getConsentLinkRetrieveQueryKey(token);

/**
 * What a consent link shows its person: the notice, the choices and the consent in force. An
 * unknown, used up, revoked or expired link is one 404, asked once (guessing is throttled).
 */
export function useConsentLinkPage(token: string) {
  return useConsentLinkRetrieve(token, {
    query: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity },
    request: { schema: consentLinkRetrieve200Response },
  });
}
