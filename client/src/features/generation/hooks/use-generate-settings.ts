import { useState } from 'react';
import type { AspectRatio, GenerationOptions, Job, Resolution } from '@/api/imageGeneration';
import { usePromptDraft } from './use-prompt-draft';

export interface GenerateSettings {
  prompt: string;
  setPrompt: (next: string) => void;
  /** The chosen ratio and resolution, or the server's defaults until one is chosen. */
  aspect: AspectRatio | '';
  setAspect: (next: AspectRatio | '') => void;
  resolution: Resolution | '';
  setResolution: (next: Resolution | '') => void;
  count: number;
  setCount: (next: number) => void;
  /** Takes the prompt, ratio and resolution of a shown job ("Use these settings"). */
  applySettingsOf: (job: Job) => void;
}

/** What the next Generate asks for. */
export function useGenerateSettings(options: GenerationOptions | undefined): GenerateSettings {
  const [prompt, setPrompt] = usePromptDraft();
  const [aspect, setAspect] = useState<AspectRatio | ''>('');
  const [resolution, setResolution] = useState<Resolution | ''>('');
  const [count, setCount] = useState(1);
  return {
    prompt,
    setPrompt,
    aspect: aspect || options?.default_aspect_ratio || '',
    setAspect,
    resolution: resolution || options?.default_resolution || '',
    setResolution,
    count,
    setCount,
    applySettingsOf: (job) => {
      setPrompt(job.additional_prompt ?? '');
      setAspect(job.aspect_ratio);
      setResolution(job.resolution);
      document.getElementById('settings-heading')?.scrollIntoView?.({ block: 'start' });
    },
  };
}
