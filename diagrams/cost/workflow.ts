import { analysisStateMachine } from '../model/state-machine';

interface StateShape {
  readonly type: string;
  readonly next?: string;
  readonly iterator?: readonly string[];
}

/**
 * State transitions Step Functions bills for one successful analysis, read off the model's state
 * machine: every state on the success path once, plus each Map iteration's states per file.
 */
export function transitionsPerAnalysis(
  files: number,
  retriesPerJob: number,
): { fixed: number; perFile: number; total: number } {
  const states = analysisStateMachine.states as Record<string, StateShape>;
  let fixed = 0;
  let perFile = 0;
  const seen = new Set<string>();
  let current: string | undefined = analysisStateMachine.startAt;
  while (current !== undefined) {
    if (seen.has(current)) throw new Error(`state machine loops at "${current}"`);
    seen.add(current);
    const state: StateShape | undefined = states[current];
    if (!state) throw new Error(`state machine names unknown state "${current}"`);
    fixed += 1;
    if (state.type === 'Map') perFile += state.iterator?.length ?? 0;
    current = state.next;
  }
  return { fixed, perFile, total: fixed + perFile * files * (1 + retriesPerJob) };
}
