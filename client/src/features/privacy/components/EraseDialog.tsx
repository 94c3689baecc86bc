import { useId, useRef, useState } from 'react';
import { BreakableText } from '@/components/ui/BreakableText';
import { Button } from '@/components/ui/Button';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { useModalDialog } from '@/hooks/use-modal-dialog';
import { useErasePerson, type ErasureReport } from '../api/erase-person';

interface EraseDialogProps {
  open: boolean;
  userId: string;
  userLabel: string;
  email: string;
  onErased: (report: ErasureReport) => void;
  onClose: () => void;
}

const sameEmail = (typed: string, email: string) => typed.trim().toLowerCase() === email.toLowerCase();

/** Erasing a person, confirmed by typing their e-mail address. */
export function EraseDialog({ open, ...props }: EraseDialogProps) {
  return open ? <OpenEraseDialog {...props} /> : null;
}

function OpenEraseDialog({ userId, userLabel, email, onErased, onClose }: Omit<EraseDialogProps, 'open'>) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const dialogRef = useModalDialog(onClose, inputRef);
  const erase = useErasePerson();
  const [typed, setTyped] = useState('');
  const matches = sameEmail(typed, email);

  const submit = () => {
    if (!matches) return;
    erase.mutate({ id: userId, data: { email: typed.trim() } }, { onSuccess: onErased });
  };

  return (
    <dialog
      ref={dialogRef}
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      className="m-auto w-full max-w-md rounded-lg bg-white p-5 text-left text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          Erase <BreakableText text={userLabel} />?
        </h2>
        <p id={`${id}-message`} className="mt-2 text-sm text-slate-700">
          This deletes, now and for good, everything kept of this person: their reference photos, posters, identity
          images, generation history and consent history. Their account and the words of their identities stay; the
          audit log keeps only ids. It cannot be undone.
        </p>
        <label htmlFor={`${id}-email`} className="mt-4 block text-sm font-medium">
          To confirm, type their e-mail address: <BreakableText text={email} />
        </label>
        <input
          ref={inputRef}
          id={`${id}-email`}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
        />
        <ErrorMessage error={erase.error} className="mt-3" />
        <div className="mt-5 flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" disabled={!matches || erase.isPending}>
            {erase.isPending ? 'Erasing…' : 'Erase this person'}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
