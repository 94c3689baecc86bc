import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  personActivityQueryOptions,
  personConsentQueryOptions,
  privacyKeys,
  privacyNoticeQueryOptions,
  recordPersonConsent,
  type RecordConsentInput,
} from '@/api/privacy';

export const usePrivacyNotice = (enabled: boolean) => useQuery({ ...privacyNoticeQueryOptions(), enabled });
export const usePersonConsent = (userId: string) => useQuery(personConsentQueryOptions(userId));
export const usePersonActivity = (userId: string, enabled: boolean) =>
  useQuery({ ...personActivityQueryOptions(userId), enabled });

export function useRecordConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordConsentInput) => recordPersonConsent(input),
    onSuccess: (consent, input) => {
      queryClient.setQueryData(privacyKeys.consent(input.userId), consent);
      return queryClient.invalidateQueries({ queryKey: privacyKeys.activity(input.userId) });
    },
  });
}
