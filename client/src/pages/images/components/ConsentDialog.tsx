import { useEffect, useId, useRef, useState } from 'react';
import { BreakableText } from '@/components/ui/BreakableText';
import { Button } from '@/components/ui/Button';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Spinner } from '@/components/ui/Spinner';
import { usePrivacyNotice, useRecordConsent } from '../hooks/use-privacy';

interface ConsentDialogProps {
  open: boolean;
  userId: string;
  userLabel: string;
  onClose: () => void;
}

/** Shows the privacy notice and records what the person agreed to. Modal: focus moves in
 * and stays inside, Escape closes it, and focus goes back where it was. */
export function ConsentDialog({ open, userId, userLabel, onClose }: ConsentDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const notice = usePrivacyNotice(open);
  const record = useRecordConsent();
  const [sendToProvider, setSendToProvider] = useState(true);
  const [faceMatching, setFaceMatching] = useState(true);

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialogRef.current?.focus();
    return () => previous?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        onClose();
        return;
      }
      if (event.key !== 'Tab' || !dialogRef.current) return;
      const controls = Array.from(dialogRef.current.querySelectorAll<HTMLElement>('button, input'));
      const first = controls[0];
      const last = controls[controls.length - 1];
      if (event.shiftKey && (document.activeElement === first || document.activeElement === dialogRef.current)) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, onClose]);

  if (!open) return null;

  const submit = () => {
    if (!notice.data) return;
    record.mutate(
      { userId, noticeVersion: notice.data.version, sendToProvider, faceMatching },
      { onSuccess: onClose },
    );
  };

  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/50 p-4">
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        tabIndex={-1}
        className="max-h-[90vh] w-full max-w-lg overflow-y-auto rounded-lg bg-white p-5 text-left text-slate-900 shadow-xl focus:outline-none"
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          Consent of <BreakableText text={userLabel} />
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Show this notice to the person. Record their consent only once they have agreed.
        </p>
        {notice.isPending ? <Spinner label="Loading the privacy notice…" /> : null}
        <ErrorMessage error={notice.error} className="mt-3" />
        {notice.data ? (
          <>
            <div className="mt-3 space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-800">
              {notice.data.text.split('\n\n').map((paragraph) => (
                <p key={paragraph}>{paragraph}</p>
              ))}
              <p className="text-xs text-slate-500">Notice version {notice.data.version}</p>
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
        <ErrorMessage error={record.error} className="mt-3" />
        <div className="mt-5 flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={submit} disabled={!notice.data || record.isPending}>
            {record.isPending ? 'Recording…' : 'Record consent'}
          </Button>
        </div>
      </div>
    </div>
  );
}
