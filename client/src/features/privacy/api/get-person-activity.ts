import { getAuditListQueryKey, useAuditList } from '@/api/generated/endpoints/audit/audit';
import { auditList200Response } from '@/api/generated/zod/audit/audit.zod';

const params = (userId: string) => ({ subject_user_id: userId, page_size: 50 });

export const personActivityQueryKey = (userId: string) => getAuditListQueryKey(params(userId));

/** The latest 50 things done to a person's data. */
export function usePersonActivity(userId: string, enabled: boolean) {
  return useAuditList(params(userId), {
    query: { enabled, select: (page) => page.results },
    request: { schema: auditList200Response },
  });
}
