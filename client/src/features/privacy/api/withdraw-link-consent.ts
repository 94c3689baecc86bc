import { useConsentLinkWithdraw } from '@/api/generated/endpoints/consent/consent';
import { consentLinkWithdraw200Response } from '@/api/generated/zod/consent/consent.zod';
import { useShowLinkConsent } from './show-link-consent';

/** The person withdraws some scopes (every one when none is named) themself. */
export function useWithdrawLinkConsent() {
  const show = useShowLinkConsent();
  return useConsentLinkWithdraw({
    request: { schema: consentLinkWithdraw200Response },
    mutation: { onSuccess: (answer, { token }) => show(token, answer) },
  });
}
