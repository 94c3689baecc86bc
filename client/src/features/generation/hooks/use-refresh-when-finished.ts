import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { invalidateJobLists, invalidateLineages, type Job } from '@/api/imageGeneration';
import { useIsFinished } from '../api/get-generation-options';

/** A poster or a batch that has finished changes the lists (the history) and the lineages. */
export function useRefreshWhenFinished(job: Job | undefined, batch: Job[] | undefined) {
  const queryClient = useQueryClient();
  const isFinished = useIsFinished();
  const jobDone = Boolean(job) && isFinished(job);
  const batchDone = Boolean(batch?.length) && Boolean(batch?.every((item) => isFinished(item)));
  useEffect(() => {
    if (!jobDone && !batchDone) return;
    void invalidateJobLists(queryClient);
    void invalidateLineages(queryClient);
  }, [jobDone, batchDone, queryClient]);
}
