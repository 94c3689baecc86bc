import { useEffect, useRef, type RefObject } from 'react';

/**
 * Shows a `<dialog>` as a modal while it is mounted: the browser keeps the focus inside it and
 * makes the rest of the page inert. Escape (the dialog's `cancel`) calls `onDismiss`, which
 * unmounts it. The focus moves to `initialFocus` (else the dialog itself) and goes back where
 * it was when the dialog goes.
 */
export function useModalDialog(
  onDismiss: () => void,
  initialFocus?: RefObject<HTMLElement | null>,
): RefObject<HTMLDialogElement | null> {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const dismiss = useRef(onDismiss);
  useEffect(() => {
    dismiss.current = onDismiss;
  });
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const onCancel = (event: Event) => {
      event.preventDefault(); // the page closes it, by unmounting it
      dismiss.current();
    };
    // A browser may close it without a cancel (Escape pressed twice): the page follows.
    const onClose = () => dismiss.current();
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onClose);
    if (!dialog.open) dialog.showModal();
    (initialFocus?.current ?? dialog).focus();
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onClose);
      if (dialog.open) dialog.close();
      previous?.focus();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per opening
  }, []);
  return dialogRef;
}
