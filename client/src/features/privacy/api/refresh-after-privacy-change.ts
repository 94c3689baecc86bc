import type { QueryClient } from '@tanstack/react-query';
import { isSessionQuery } from '@/api/auth';

/**
 * A withdrawal or an erasure deletes across the page: photos, face measurements and the
 * likeness they gave, posters, identity images, consent. Everything read but the session is
 * read again, so no panel keeps showing what is gone.
 */
export function refreshAfterPrivacyChange(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => !isSessionQuery(query) });
}
