import { useEffect, useRef } from 'react';
import type { History } from '@/features/history/hooks/use-history';

interface Place {
  identityId: string;
  jobId: string | null;
  batchId: string;
}

/**
 * Reopening an identity shows its latest poster (and so whether one is still being drawn), once
 * per identity opened: later changes to the history (a new poster) leave the view alone.
 */
export function useOpenLatestJob(history: History, { identityId, jobId, batchId }: Place, open: (jobId: string) => void) {
  const openedIdentity = useRef('');
  const { latestJobId, filtered } = history;
  const loaded = history.pages.isSuccess;
  useEffect(() => {
    if (!identityId || openedIdentity.current === identityId || !loaded) return;
    openedIdentity.current = identityId;
    if (!jobId && !batchId && latestJobId && !filtered) open(latestJobId);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `open` is remade every render
  }, [identityId, loaded, jobId, batchId, latestJobId, filtered]);
}
