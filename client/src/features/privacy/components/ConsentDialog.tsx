import { useId, useState } from 'react';
import { BreakableText } from '@/components/ui/BreakableText';
import { Button } from '@/components/ui/Button';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Spinner } from '@/components/ui/Spinner';
import { useModalDialog } from '@/hooks/use-modal-dialog';
import { usePersonConsent } from '../api/get-person-consent';
import { usePrivacyNotice } from '../api/get-privacy-notice';
import { useRecordConsent } from '../api/record-consent';
import { dayText, NOTHING_TICKED, scopesText } from '../utils/consent-text';

interface ConsentDialogProps {
  open: boolean;
  userId: string;
  userLabel: string;
  onClose: () => void;
}

/** Shows the privacy notice and records what the person agreed to, in a modal dialog. */
export function ConsentDialog({ open, ...props }: ConsentDialogProps) {
  return open ? <OpenConsentDialog {...props} /> : null;
}

function OpenConsentDialog({ userId, userLabel, onClose }: Omit<ConsentDialogProps, 'open'>) {
  const id = useId();
  const dialogRef = useModalDialog(onClose);
  const notice = usePrivacyNotice();
  const consent = usePersonConsent(userId);
  const record = useRecordConsent();
  // Nothing is agreed until the person says so: every box starts unticked, whatever is in force.
  const [sendToProvider, setSendToProvider] = useState(false);
  const [faceMatching, setFaceMatching] = useState(false);
  const [nothingTicked, setNothingTicked] = useState(false);
  const inForce = consent.data?.active ? consent.data : null;

  const submit = () => {
    if (!notice.data) return;
    if (!sendToProvider && !faceMatching) {
      setNothingTicked(true);
      return;
    }
    setNothingTicked(false);
    record.mutate(
      {
        id: userId,
        data: { notice_version: notice.data.version, send_to_provider: sendToProvider, face_matching: faceMatching },
      },
      { onSuccess: onClose },
    );
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      className="m-auto max-h-[90vh] w-full max-w-lg overflow-y-auto rounded-lg bg-white p-5 text-left text-slate-900 shadow-xl backdrop:bg-slate-900/50 focus:outline-none"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        Consent of <BreakableText text={userLabel} />
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Show this notice to the person. Tick only what they agree to, and record it once they have agreed.
      </p>
      {inForce?.recorded_at ? (
        <p className="mt-2 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
          In force now: {scopesText(inForce)}, recorded on {dayText(inForce.recorded_at)} under notice version{' '}
          {inForce.notice_version}. Recording again replaces it.
        </p>
      ) : null}
      {notice.isPending ? <Spinner label="Loading the privacy notice…" /> : null}
      <ErrorMessage error={notice.error} className="mt-3" />
      {notice.data ? (
        <>
          <div className="mt-3 space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-800">
            {notice.data.text.split('\n\n').map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
            <p className="text-xs text-slate-600">Notice version {notice.data.version}</p>
          </div>
          <fieldset className="mt-3 space-y-2 text-sm">
            <legend className="font-medium">The person agrees that</legend>
            <label className="flex items-start gap-2">
              <input
                type="checkbox"
                checked={sendToProvider}
                onChange={(event) => setSendToProvider(event.target.checked)}
                className="mt-1"
              />
              {/* In the notice's own terms: the provider configured, or that none is. */}
              <span>{notice.data.send_to_provider_scope}</span>
            </label>
            <label className="flex items-start gap-2">
              <input
                type="checkbox"
                checked={faceMatching}
                onChange={(event) => setFaceMatching(event.target.checked)}
                className="mt-1"
              />
              <span>their face is measured to check that posters look like them</span>
            </label>
          </fieldset>
        </>
      ) : null}
      <ErrorMessage error={nothingTicked ? new Error(NOTHING_TICKED) : record.error} className="mt-3" />
      <div className="mt-5 flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={submit} disabled={!notice.data || record.isPending}>
          {record.isPending ? 'Recording…' : 'Record consent'}
        </Button>
      </div>
    </dialog>
  );
}
