/**
 * The deck in presentation order: the talk, then the backup slides for the Q&A.
 * Edit the slides in `slides/content/`; `npm test` checks the timing budget and the structure.
 */
import { backup } from './content/backup';
import { closing } from './content/closing';
import { flows } from './content/flows';
import { opening } from './content/opening';
import { operations } from './content/operations';
import type { Slide } from './types';

export const deck = [
  ...opening,
  ...flows,
  ...operations,
  ...closing,
  ...backup,
] as const satisfies readonly Slide[];

export type SlideId = (typeof deck)[number]['id'];

/** The brief allows at most 20 minutes of presentation. */
export const talkLimitSeconds = 20 * 60;
