import { useId, useState } from 'react';
import { getUsersExportRetrieveUrl } from '@/api/generated/endpoints/users/users';
import { BreakableText } from '@/components/ui/BreakableText';
import { Button, focusRing } from '@/components/ui/Button';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Spinner } from '@/components/ui/Spinner';
import type { ErasureReport } from '../api/erase-person';
import { usePersonConsent, useRefreshOnConsentChange } from '../api/get-person-consent';
import { ConsentInForce } from './ConsentInForce';
import { ConsentLinkControls } from './ConsentLinkControls';
import { EraseDialog } from './EraseDialog';
import { ErasureReportView } from './ErasureReportView';
import { WithdrawControls } from './WithdrawControls';

interface PrivacyPanelProps {
  userId: string;
  userLabel: string;
  email: string;
}

/**
 * Everything the admin can do about a person's data: see their consent and its history, send
 * them a link to give it themself, withdraw, download everything kept of them, erase.
 */
export function PrivacyPanel({ userId, userLabel, email }: PrivacyPanelProps) {
  const id = useId();
  const consent = usePersonConsent(userId);
  useRefreshOnConsentChange(userId);
  const [erasing, setErasing] = useState(false);
  const [report, setReport] = useState<ErasureReport | null>(null);

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        Privacy: <BreakableText text={userLabel} />
      </h2>
      {report ? <ErasureReportView report={report} userLabel={userLabel} /> : null}
      {consent.isPending ? <Spinner label="Loading their consent…" /> : null}
      <ErrorMessage error={consent.error} />
      {consent.data ? (
        <>
          <ConsentInForce consent={consent.data} />
          <WithdrawControls userId={userId} userLabel={userLabel} consent={consent.data} />
        </>
      ) : null}
      <ConsentLinkControls userId={userId} />
      <div className="flex flex-wrap gap-2 border-t border-slate-100 pt-3">
        {/* A plain link: the browser streams the ZIP to a file, the page holds none of it. */}
        <a
          href={getUsersExportRetrieveUrl(userId)}
          download
          className={`inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 ${focusRing}`}
        >
          Download their data
        </a>
        <Button variant="danger" onClick={() => setErasing(true)}>
          Erase this person…
        </Button>
      </div>
      <EraseDialog
        open={erasing}
        userId={userId}
        userLabel={userLabel}
        email={email}
        onErased={(erased) => {
          setReport(erased);
          setErasing(false);
        }}
        onClose={() => setErasing(false)}
      />
    </section>
  );
}
