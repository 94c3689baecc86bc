import { useConsentLinkGive } from '@/api/generated/endpoints/consent/consent';
import { consentLinkGive201Response } from '@/api/generated/zod/consent/consent.zod';
import { useShowLinkConsent } from './show-link-consent';

/** The person gives their consent themself, signed with their full name. */
export function useGiveLinkConsent() {
  const show = useShowLinkConsent();
  return useConsentLinkGive({
    request: { schema: consentLinkGive201Response },
    mutation: { onSuccess: (answer, { token }) => show(token, answer) },
  });
}
