import { useQueryClient } from '@tanstack/react-query';
import type { ConsentLinkConsentOutput } from '@/api/generated/model';
import { consentLinkPageQueryKey, type ConsentLinkPage } from './get-consent-link-page';

export type LinkConsent = ConsentLinkConsentOutput;

/**
 * After giving or withdrawing through a link: the page's consent is the answer (after a
 * withdrawal of everything, one not in force, so the page can say so).
 */
export function useShowLinkConsent() {
  const queryClient = useQueryClient();
  return (token: string, answer: LinkConsent) =>
    queryClient.setQueryData<ConsentLinkPage>(consentLinkPageQueryKey(token), (page) =>
      page ? { ...page, current: answer } : page,
    );
}
