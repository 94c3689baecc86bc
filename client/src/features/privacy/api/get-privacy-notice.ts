import { usePrivacyNoticeRetrieve } from '@/api/generated/endpoints/privacy/privacy';
import { privacyNoticeRetrieve200Response } from '@/api/generated/zod/privacy/privacy.zod';

/** The notice a person is shown before their consent is recorded; it changes only with a release. */
export function usePrivacyNotice() {
  return usePrivacyNoticeRetrieve({
    query: { staleTime: Infinity },
    request: { schema: privacyNoticeRetrieve200Response },
  });
}
