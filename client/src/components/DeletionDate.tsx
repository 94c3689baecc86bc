interface DeletionDateProps {
  deletesAt: string | null | undefined;
  /** What keeps it longer, e.g. "unless used for a poster". */
  unless?: string;
}

const format = (iso: string) =>
  new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** When retention deletes a photo or an unsaved poster; nothing for what is kept. */
export function DeletionDate({ deletesAt, unless }: DeletionDateProps) {
  if (!deletesAt) return null;
  return (
    <p className="mt-1 text-xs text-slate-600">
      Deleted on <time dateTime={deletesAt}>{format(deletesAt)}</time>
      {unless ? ` ${unless}` : ''}
    </p>
  );
}
