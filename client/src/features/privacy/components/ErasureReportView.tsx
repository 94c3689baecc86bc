import { BreakableText } from '@/components/ui/BreakableText';
import type { ErasureReport } from '../api/erase-person';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What an erasure deleted, in words, and what is left for the storage sweep. */
export function ErasureReportView({ report, userLabel }: { report: ErasureReport; userLabel: string }) {
  const deleted = [
    plural(report.reference_photos, 'reference photo', 'reference photos'),
    plural(report.generation_jobs, 'poster or generation job', 'posters and generation jobs'),
    plural(report.generation_batches, 'generation batch', 'generation batches'),
    plural(report.identity_images, 'identity image', 'identity images'),
    plural(report.consent_records, 'consent record', 'consent records'),
    plural(report.consent_links, 'consent link', 'consent links'),
    ...(report.account_deleted ? [plural(report.sessions, 'sign-in session', 'sign-in sessions')] : []),
  ];
  return (
    <div role="status" className="rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-950">
      <p className="font-medium">
        <BreakableText text={userLabel} /> was erased.
      </p>
      <p className="mt-1">Deleted:</p>
      <ul className="mt-1 list-disc pl-5">
        {deleted.map((line) => (
          <li key={line}>{line}</li>
        ))}
        <li>{plural(report.files_removed, 'file', 'files')} removed from storage</li>
      </ul>
      <p className="mt-2">
        {report.files_left === 0
          ? 'Nothing is left for the storage sweep.'
          : `${plural(report.files_left, 'file', 'files')} could not be removed yet and ${report.files_left === 1 ? 'is' : 'are'} left for the storage sweep (manage.py sweep_storage).`}
      </p>
      <p className="mt-1">{report.account_deleted ? 'The account was deleted.' : 'The account is kept, with the words of its identities.'}</p>
    </div>
  );
}
