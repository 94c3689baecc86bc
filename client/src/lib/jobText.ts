import type { Job } from '@/api/imageGeneration';

export function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/** A date short enough for a tile ("Dec 4, 8:24 PM"); the year only when it is not this one. */
export function whenShort(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, {
    year: date.getFullYear() === now.getFullYear() ? undefined : 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}

/** What a tile says of a job's state: its status, and the reason when it did not finish. */
export function jobStatusText(job: Job): string {
  if (job.status === 'failed') return `Failed: ${job.error_message || 'no reason given'}`;
  if (job.status === 'cancelled') return `Cancelled: ${job.error_message || 'no reason given'}`;
  if (job.status === 'running' && job.cancel_requested) return 'Cancelling…';
  return job.status === 'succeeded' ? 'Succeeded' : `${job.status.charAt(0).toUpperCase()}${job.status.slice(1)}…`;
}

/** The settings it was drawn with: "16:9 · 1K". */
export function jobSettingsText(job: Job): string {
  return `${job.aspect_ratio} · ${job.resolution}`;
}

/** The CSS aspect ratio of a job's poster ("16 / 9"), so a tile never crops it. */
export function jobAspect(job: Job): string {
  if (job.width && job.height) return `${job.width} / ${job.height}`;
  const [w, h] = job.aspect_ratio.split(':');
  return `${w} / ${h}`;
}
