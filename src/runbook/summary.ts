import type { RunbookStep } from './types';

/**
 * The command that does the work of a step, for the one-page summary: the first `cdk deploy`
 * line if there is one, else the first line of its first shell block that is not a comment,
 * a `cd` or a variable assignment, with its continuation lines joined.
 */
export function keyCommand(step: RunbookStep): string {
  const shell = step.commands.filter((c) => c.lang === 'bash');
  if (!shell.length) throw new Error(`step ${step.id}: no shell block to take a key command from`);
  const logical = shell
    .flatMap((c) => c.code.replace(/\\\n\s*/g, '').split('\n'))
    .map((x) => x.trim());
  const deploy = logical.find((x) => x.startsWith('npx cdk deploy '));
  const first =
    deploy ??
    logical.find((x) => x && !x.startsWith('#') && !x.startsWith('cd ') && !/^[A-Z_]+=/.test(x));
  if (!first) throw new Error(`step ${step.id}: its shell blocks hold no command`);
  return first;
}

export function totalMinutes(steps: readonly RunbookStep[]): number {
  return steps.reduce((sum, s) => sum + s.durationMinutes, 0);
}
