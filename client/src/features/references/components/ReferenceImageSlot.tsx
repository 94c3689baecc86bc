import { useCallback, useId, useState, type ChangeEvent, type DragEvent } from 'react';
import { DeletionDate } from '@/components/DeletionDate';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { useDeleteReferenceImage } from '../api/delete-reference-image';
import type { ReferenceImage } from '../api/get-reference-images';

/** A photo on its way into a slot: queued behind others, or being sent. */
export interface SlotUpload {
  state: 'waiting' | 'sending';
  /** 0 to 1, while sending. */
  progress: number;
}

interface ReferenceImageSlotProps {
  userId: string;
  order: number;
  image?: ReferenceImage;
  /** The file input's `accept`. */
  accept: string;
  upload?: SlotUpload;
  /** Why the last photo for this slot was refused (by the page's checks or the server). */
  error?: unknown;
  /** Files chosen for, or dropped on, this slot. */
  onFiles: (files: File[]) => void;
  onClearError: () => void;
}

export function ReferenceImageSlot({ userId, order, image, accept, upload, error, onFiles, onClearError }: ReferenceImageSlotProps) {
  const inputId = useId();
  const number = order + 1;
  const [dragOver, setDragOver] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteReferenceImage(userId);
  const busy = upload !== undefined || remove.isPending;

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    onFiles(Array.from(event.target.files ?? []));
    event.target.value = '';
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation(); // the manager's own drop zone fills free slots instead
    setDragOver(false);
    if (!busy) onFiles(Array.from(event.dataTransfer.files));
  };

  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    setDragOver(true);
  };

  const cancelDelete = useCallback(() => setConfirming(false), []);
  const confirmDelete = () => {
    setConfirming(false);
    if (image) {
      onClearError();
      remove.mutate({ id: image.id });
    }
  };

  const warnings = image?.quality?.warnings ?? [];
  const labelText = image ? `Replace photo ${number}` : `Upload photo ${number}`;
  const shownError = error ?? (remove.isError ? remove.error : null);

  return (
    <li
      className={`flex flex-col rounded-lg border bg-white p-2 has-[input:focus-visible]:ring-2 has-[input:focus-visible]:ring-indigo-500 has-[input:focus-visible]:ring-offset-2 ${dragOver ? 'border-indigo-500 ring-2 ring-indigo-200' : 'border-slate-200'}`}
      onDragOver={onDragOver}
      onDragLeave={() => setDragOver(false)}
      onDrop={onDrop}
      aria-label={`Reference photo slot ${number}`}
    >
      <input
        id={inputId}
        type="file"
        accept={accept}
        // An empty slot takes several photos at once, into it and the free slots after it;
        // a filled one is replaced by one photo.
        multiple={!image}
        className="sr-only"
        aria-label={labelText}
        onChange={onChange}
        disabled={busy}
      />
      {image ? (
        <>
          <div className="relative aspect-square overflow-hidden rounded-md bg-slate-100">
            {image.image ? (
              // "Reference photo" is what the page calls these slots (their buttons say "Replace
              // photo 1"): the alt names the slot, it does not say that an image is an image.
              // eslint-disable-next-line jsx-a11y/img-redundant-alt
              <img
                src={image.image.thumbnail}
                alt={`Reference photo ${number}`}
                className="h-full w-full object-cover"
              />
            ) : (
              <span className="flex h-full items-center justify-center text-xs text-slate-600">No preview</span>
            )}
          </div>
          <p className="mt-1 truncate text-xs text-slate-700" title={image.name}>
            {image.name || `Photo ${number}`}
          </p>
          {image.sent_with_posters ? null : (
            <p className="mt-2 rounded bg-amber-50 px-2 py-1 text-xs font-medium text-amber-900">
              Not sent with posters: no face found
            </p>
          )}
          <DeletionDate deletesAt={image.deletes_at} unless="unless used for a poster" />
          <div className="mt-2 flex flex-wrap gap-1">
            <label
              htmlFor={inputId}
              className="flex flex-1 cursor-pointer items-center justify-center whitespace-nowrap rounded-md border border-slate-300 px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-100"
            >
              {/* The input is named "Replace photo 1"; the slot already says which photo. */}
              Replace
            </label>
            <Button
              variant="danger"
              className="flex-1 whitespace-nowrap px-2 py-1 text-xs"
              onClick={() => setConfirming(true)}
              disabled={busy}
              aria-label={`Delete photo ${number}`}
            >
              {remove.isPending ? 'Deleting…' : 'Delete'}
            </Button>
          </div>
        </>
      ) : (
        <label
          htmlFor={inputId}
          className="flex aspect-square cursor-pointer flex-col items-center justify-center rounded-md border-2 border-dashed border-slate-300 p-2 text-center text-xs text-slate-600 hover:border-indigo-400 hover:bg-indigo-50"
        >
          <span aria-hidden="true" className="text-2xl leading-none text-slate-400">
            +
          </span>
          <span className="mt-1 font-medium text-slate-800">{labelText}</span>
          <span className="mt-1 hidden sm:block">Drop photos here or click</span>
        </label>
      )}
      {upload?.state === 'waiting' ? <p className="mt-2 text-xs text-slate-600">Waiting to upload…</p> : null}
      {upload?.state === 'sending' ? (
        <div className="mt-2">
          <progress
            className="h-2 w-full"
            max={100}
            value={Math.round(upload.progress * 100)}
            aria-label={`Uploading photo ${number}`}
          />
          <p className="text-xs text-slate-600">Uploading… {Math.round(upload.progress * 100)}%</p>
        </div>
      ) : null}
      {warnings.length > 0 ? (
        <ul className="mt-2 space-y-1" aria-label={`Quality warnings for photo ${number}`}>
          {warnings.map((warning) => (
            <li key={warning.code} className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-900">
              ⚠ {warning.message}
            </li>
          ))}
        </ul>
      ) : null}
      {shownError ? (
        <ErrorMessage error={typeof shownError === 'string' ? new Error(shownError) : shownError} className="mt-2 text-xs" />
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={`Delete photo ${number}?`}
        message="The photo is removed from this user's reference images. This cannot be undone."
        confirmLabel="Delete photo"
        onConfirm={confirmDelete}
        onCancel={cancelDelete}
      />
    </li>
  );
}
