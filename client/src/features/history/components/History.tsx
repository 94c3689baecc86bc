import type { History as HistoryState } from '../hooks/use-history';
import { HistoryFilters, NO_HISTORY_FILTERS } from './HistoryFilters';
import { JobHistory } from './JobHistory';

interface HistoryProps {
  history: HistoryState;
  batchAvailable: boolean;
  currentJobId: string | null;
  /** The job whose poster is the identity's current image. */
  identityJobId: string | null;
  onSelect: (jobId: string) => void;
  compareIds: string[];
  onToggleCompare: (jobId: string) => void;
}

/** The identity's earlier posters, filtered, a page at a time. */
export function History({ history, batchAvailable, ...rest }: HistoryProps) {
  const { pages, filters, setFilters } = history;
  return (
    <JobHistory
      jobs={history.jobs}
      total={history.total}
      isPending={pages.isPending}
      error={pages.error}
      onLoadMore={() => void pages.fetchNextPage()}
      isLoadingMore={pages.isFetchingNextPage}
      filters={<HistoryFilters value={filters} onChange={setFilters} batchAvailable={batchAvailable} />}
      onClearFilters={history.filtered ? () => setFilters(NO_HISTORY_FILTERS) : undefined}
      {...rest}
    />
  );
}
