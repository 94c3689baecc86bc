import { useId, useState } from 'react';
import { BreakableText } from '@/components/ui/BreakableText';
import { Button } from '@/components/ui/Button';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Spinner } from '@/components/ui/Spinner';
import { useMe } from '@/hooks/use-auth';
import { useModalDialog } from '@/hooks/use-modal-dialog';
import { usePersonConsent } from '../api/get-person-consent';
import { usePrivacyNotice } from '../api/get-privacy-notice';
import { useRecordConsent } from '../api/record-consent';
import { howGivenText, NOTE_MISSING, scopesText } from '../utils/consent-text';
import type { Scope } from '../utils/withdrawal-text';

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
  const me = useMe();
  const notice = usePrivacyNotice();
  const consent = usePersonConsent(userId);
  const record = useRecordConsent();
  // Nothing is agreed until the person says so: every box starts unticked, whatever is in force.
  const [ticked, setTicked] = useState<ReadonlySet<Scope>>(new Set());
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  // An admin recording someone else's consent attests it: the note says where the signed form is.
  const attested = me.data?.id !== userId;
  const inForce = consent.data?.active ? consent.data.current : null;

  const toggle = (scope: Scope, on: boolean) =>
    setTicked((before) => {
      const after = new Set(before);
      if (on) after.add(scope);
      else after.delete(scope);
      return after;
    });

  const submit = () => {
    if (!notice.data) return;
    if (attested && !note.trim()) {
      setNoteMissing(true);
      return;
    }
    setNoteMissing(false);
    // With nothing ticked the server refuses, in its own words.
    record.mutate(
      {
        id: userId,
        data: {
          notice_version: notice.data.version,
          notice_sha256: notice.data.text_sha256,
          send_to_provider: ticked.has('send_to_provider'),
          face_matching: ticked.has('face_matching'),
          ...(attested ? { note: note.trim() } : {}),
        },
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
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          Consent of <BreakableText text={userLabel} />
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {attested
            ? 'For a person who agreed on paper: tick only what their signed form agrees to. You attest it; to let them give it themself, send them a consent link instead.'
            : 'Read the notice, then tick only what you agree to.'}
        </p>
        {inForce ? (
          <p className="mt-2 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
            In force now: {scopesText(inForce)}. {howGivenText(inForce)}, under notice version {inForce.notice_version}.
            Recording again replaces it.
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
              <legend className="font-medium">{attested ? 'The person agrees that' : 'I agree that'}</legend>
              {/* In the notice's own terms: the provider configured, or that none is. */}
              {notice.data.choices.map((choice) => (
                <label key={choice.scope} className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    checked={ticked.has(choice.scope)}
                    onChange={(event) => toggle(choice.scope, event.target.checked)}
                    className="mt-1"
                  />
                  <span>{choice.sentence}</span>
                </label>
              ))}
            </fieldset>
            {attested ? (
              <div className="mt-3 text-sm">
                <label htmlFor={`${id}-note`} className="block font-medium">
                  Where is the signed form? (required)
                </label>
                <textarea
                  id={`${id}-note`}
                  required
                  aria-required="true"
                  aria-invalid={noteMissing}
                  aria-describedby={noteMissing ? `${id}-note-missing` : undefined}
                  rows={2}
                  maxLength={500}
                  value={note}
                  placeholder="Paper form in HR file 2026-12"
                  onChange={(event) => setNote(event.target.value)}
                  className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
                />
                {noteMissing ? (
                  <p id={`${id}-note-missing`} role="alert" className="mt-1 text-red-800">
                    {NOTE_MISSING}
                  </p>
                ) : null}
              </div>
            ) : null}
          </>
        ) : null}
        <ErrorMessage error={record.error} className="mt-3" />
        <div className="mt-5 flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={!notice.data || record.isPending}>
            {record.isPending ? 'Recording…' : 'Record consent'}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
