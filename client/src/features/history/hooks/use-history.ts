import { useState } from 'react';
import { useJobPages } from '../api/get-job-pages';
import { NO_HISTORY_FILTERS, type HistoryFilterValues } from '../components/HistoryFilters';

interface HistoryOf {
  identityId: string;
  userId: string;
  /** The batch shown, for the "this batch only" filter. */
  batchId: string;
  enabled: boolean;
}

/** An identity's posters, newest first, as the admin has filtered them. */
export function useHistory({ identityId, userId, batchId, enabled }: HistoryOf) {
  const [filters, setFilters] = useState<HistoryFilterValues>(NO_HISTORY_FILTERS);
  const pages = useJobPages(
    {
      identityId,
      userId,
      starred: filters.starred || undefined,
      status: filters.status || undefined,
      batchId: filters.thisBatch ? batchId : undefined,
    },
    enabled,
  );
  return {
    pages,
    jobs: pages.data?.pages.flatMap((page) => page.results),
    total: pages.data?.pages[0]?.count,
    latestJobId: pages.data?.pages[0]?.results[0]?.id,
    filters,
    setFilters,
    filtered: filters.starred || filters.thisBatch || Boolean(filters.status),
  };
}

export type History = ReturnType<typeof useHistory>;
