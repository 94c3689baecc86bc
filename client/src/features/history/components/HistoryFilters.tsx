import type { JobStatus } from '@/api/imageGeneration';
import { focusRing } from '@/components/ui/Button';

export interface HistoryFilterValues {
  starred: boolean;
  thisBatch: boolean;
  status: JobStatus | '';
}

export const NO_HISTORY_FILTERS: HistoryFilterValues = { starred: false, thisBatch: false, status: '' };

/** Each status as the tiles say it. */
const STATUSES: Record<JobStatus, string> = {
  queued: 'Queued',
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
  cancelled: 'Cancelled',
};
const isStatus = (value: string): value is JobStatus => value in STATUSES;

/** Narrow the history: starred only, this batch only, one status. */
export function HistoryFilters({
  value,
  onChange,
  batchAvailable,
}: {
  value: HistoryFilterValues;
  onChange: (next: HistoryFilterValues) => void;
  batchAvailable: boolean;
}) {
  return (
    <fieldset className="mt-2 flex flex-wrap items-center gap-4 text-sm">
      <legend className="sr-only">Filter the history</legend>
      <label className="inline-flex items-center gap-1">
        <input type="checkbox" className={focusRing} checked={value.starred} onChange={(e) => onChange({ ...value, starred: e.target.checked })} />
        Starred only
      </label>
      <label className="inline-flex items-center gap-1">
        <input
          type="checkbox"
          className={focusRing}
          checked={value.thisBatch && batchAvailable}
          disabled={!batchAvailable}
          onChange={(e) => onChange({ ...value, thisBatch: e.target.checked })}
        />
        This batch only
      </label>
      <label className="inline-flex items-center gap-1">
        Status
        <select
          value={value.status}
          onChange={(e) => onChange({ ...value, status: isStatus(e.target.value) ? e.target.value : '' })}
          className={`rounded-md border border-slate-300 bg-white px-2 py-1 ${focusRing}`}
        >
          <option value="">Any</option>
          {Object.entries(STATUSES).map(([status, label]) => (
            <option key={status} value={status}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
