import { useEffect } from 'react';

/** Whether a drag carries files (during dragover only `types` says so; `files` is filled on drop). */
export function carriesFiles(data: DataTransfer | null | undefined): boolean {
  if (!data) return false;
  return Array.from(data.types ?? []).includes('Files') || (data.files?.length ?? 0) > 0;
}

/**
 * While mounted, a file dropped anywhere on the page that no drop zone took is caught: the
 * browser would otherwise open it in place of the page. Drags of text are left alone.
 */
export function useCatchFileDrops(): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.defaultPrevented || !carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'none'; // the cursor says "not here"
    };
    const onDrop = (event: DragEvent) => {
      if (carriesFiles(event.dataTransfer)) event.preventDefault();
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
