import { useCallback, useId, useState, type ChangeEvent, type DragEvent } from 'react';
import type { PhotoLimits, ReferenceImage } from '@/api/referenceImages';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { acceptAttribute, checkPhoto } from '@/lib/photoChecks';
import { DeletionDate } from './DeletionDate';
import { useDeleteReferenceImage, useUploadReferenceImage } from '../hooks/use-reference-images';

interface ReferenceImageSlotProps {
  userId: string;
  order: number;
  image?: ReferenceImage;
  limits: PhotoLimits;
}

export function ReferenceImageSlot({ userId, order, image, limits }: ReferenceImageSlotProps) {
  const inputId = useId();
  const number = order + 1;
  const [progress, setProgress] = useState<number | null>(null);
  const [dragOver, setDragOver] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  /** A checked photo waiting for the admin to confirm that it replaces this slot's photo. */
  const [replacement, setReplacement] = useState<File | null>(null);
  const upload = useUploadReferenceImage(userId);
  const remove = useDeleteReferenceImage(userId);
  const busy = upload.isPending || remove.isPending;

  const send = async (file: File | undefined) => {
    if (!file || busy) return;
    const problem = await checkPhoto(file, limits);
    setLocalError(problem);
    if (problem) return;
    if (image) setReplacement(file);
    else start(file);
  };

  const start = (file: File) => {
    remove.reset();
    setProgress(0);
    upload.mutate(
      { order, file, replaceId: image?.id, onProgress: setProgress },
      { onSettled: () => setProgress(null) },
    );
  };

  const cancelReplace = useCallback(() => setReplacement(null), []);
  const confirmReplace = () => {
    setReplacement(null);
    if (replacement) start(replacement);
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    void send(event.target.files?.[0]);
    event.target.value = '';
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragOver(false);
    void send(event.dataTransfer.files[0]);
  };

  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    setDragOver(true);
  };

  const cancelDelete = useCallback(() => setConfirming(false), []);
  const confirmDelete = () => {
    setConfirming(false);
    if (image) {
      upload.reset();
      remove.mutate(image.id);
    }
  };

  const warnings = image?.quality?.warnings ?? [];
  const labelText = image ? `Replace photo ${number}` : `Upload photo ${number}`;
  const error = localError ?? (upload.isError ? upload.error : remove.isError ? remove.error : null);

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
        accept={acceptAttribute(limits.accepted_formats)}
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
              <span className="flex h-full items-center justify-center text-xs text-slate-500">No preview</span>
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
              className="flex-1 cursor-pointer rounded-md border border-slate-300 px-2 py-1 text-center text-xs font-medium text-slate-800 hover:bg-slate-100"
            >
              {labelText}
            </label>
            <Button
              variant="danger"
              className="flex-1 px-2 py-1 text-xs"
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
          <span className="mt-1 hidden sm:block">Drop a photo here or click</span>
        </label>
      )}
      {progress !== null ? (
        <div className="mt-2">
          <progress
            className="h-2 w-full"
            max={100}
            value={Math.round(progress * 100)}
            aria-label={`Uploading photo ${number}`}
          />
          <p className="text-xs text-slate-600">Uploading… {Math.round(progress * 100)}%</p>
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
      {error ? <ErrorMessage error={typeof error === 'string' ? new Error(error) : error} className="mt-2 text-xs" /> : null}
      <ConfirmDialog
        open={confirming}
        title={`Delete photo ${number}?`}
        message="The photo is removed from this user's reference images. This cannot be undone."
        confirmLabel="Delete photo"
        onConfirm={confirmDelete}
        onCancel={cancelDelete}
      />
      <ConfirmDialog
        open={replacement !== null}
        title={`Replace photo ${number}?`}
        message={`“${replacement?.name ?? ''}” takes the place of ${image?.name ? `“${image.name}”` : 'the photo'} in slot ${number}. The photo there now is deleted.`}
        confirmLabel="Replace photo"
        onConfirm={confirmReplace}
        onCancel={cancelReplace}
      />
    </li>
  );
}
