/**
 * The timing budget: the talk's slides must fit the 20 minutes the brief allows. Backup slides
 * are for the Q&A after the talk and carry budgets of their own, outside the limit.
 */
import type { Slide } from './types';

/** `m:ss`, as the presenter reads it on a timer. */
export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

export function talkSeconds(slides: readonly Slide[]): number {
  return slides.filter((s) => s.part === 'talk').reduce((sum, s) => sum + s.seconds, 0);
}

/**
 * Problems with the budgets, empty when the talk fits. An over-long talk is reported at the
 * first slide that ends past the limit, so the message says where the time runs out.
 */
export function budgetProblems(slides: readonly Slide[], limitSeconds: number): string[] {
  const problems: string[] = [];
  for (const slide of slides) {
    if (!Number.isInteger(slide.seconds) || slide.seconds <= 0) {
      problems.push(
        `slide "${slide.id}" has a time budget of ${slide.seconds} s: use a whole number of seconds above 0`,
      );
    }
  }
  let elapsed = 0;
  const talk = slides.filter((s) => s.part === 'talk');
  for (const [index, slide] of talk.entries()) {
    elapsed += slide.seconds;
    if (elapsed > limitSeconds) {
      problems.push(
        `the talk runs ${formatDuration(talkSeconds(slides))}, over its ${formatDuration(limitSeconds)} limit: ` +
          `slide "${slide.id}" (talk slide ${index + 1} of ${talk.length}, ${formatDuration(slide.seconds)}) ` +
          `ends at ${formatDuration(elapsed)}; shorten it or a slide before it`,
      );
      break;
    }
  }
  return problems;
}
