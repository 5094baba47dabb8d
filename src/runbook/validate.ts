import type { RunbookPhase, Snippet } from './types';
import { stepParts } from './types';

/** Every shell, JSON and YAML text a step shows, with where it sits, for the snippet tests. */
export interface LocatedSnippet extends Snippet {
  readonly where: string;
}

export function snippetsOf(phase: RunbookPhase, file: string): LocatedSnippet[] {
  return phase.steps.flatMap((step) => {
    const at = (part: string) => `${file} step ${step.id} (${part})`;
    const shell = (code: string, part: string): LocatedSnippet => ({
      lang: 'bash',
      code,
      where: at(part),
    });
    return [
      ...step.commands.map((c, i) => ({ ...c, where: at(`commands[${i}]`) })),
      shell(step.verification.command, 'verification'),
      ...(step.rollback.command ? [shell(step.rollback.command, 'rollback')] : []),
    ];
  });
}

/** Problems with a step's anatomy; empty when the step has every part, in order, filled in. */
export function anatomyProblems(phase: RunbookPhase): string[] {
  const problems: string[] = [];
  for (const step of phase.steps) {
    const say = (what: string) => problems.push(`step ${step.id}: ${what}`);
    const keys = Object.keys(step);
    if (keys.join() !== stepParts.join()) {
      say(`parts must be ${stepParts.join(', ')} in this order, found ${keys.join(', ')}`);
    }
    for (const [part, text] of [
      ['title', step.title],
      ['goal', step.goal],
      ['rollback', step.rollback?.text],
    ] as const) {
      if (!text?.['pt-BR']?.trim() || !text?.en?.trim()) say(`${part} is empty in a locale`);
    }
    if (!step.prerequisites?.length) say('no prerequisites');
    step.prerequisites?.forEach((p, i) => {
      if (!p['pt-BR'].trim() || !p.en.trim()) say(`prerequisite ${i + 1} is empty in a locale`);
    });
    if (!step.commands?.some((c) => c.lang === 'bash' && c.code.trim()))
      say('no non-empty shell commands block');
    step.commands?.forEach((c, i) => {
      if (!c.code.trim()) say(`commands[${i}] is empty`);
    });
    if (!step.verification?.command?.trim()) say('verification has no command');
    if (!step.verification?.expected?.trim()) say('verification has no expected output');
    if (!(Number.isInteger(step.durationMinutes) && step.durationMinutes > 0)) {
      say(`duration must be a positive number of minutes, got ${String(step.durationMinutes)}`);
    }
  }
  return problems;
}

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: Json) =>
  typeof v === 'string' ||
  (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string'));

/**
 * Shape of an IAM policy document (identity, trust or SCP): Version 2012-10-17 and a Statement
 * array whose entries have Effect, Action or NotAction, and Resource/NotResource (or Principal for
 * a trust policy). SCPs take no Principal and must fit in 5,120 characters.
 */
export function policyProblems(doc: Json, kind: 'iam-policy' | 'scp', raw = ''): string[] {
  if (!isObject(doc)) return ['not a JSON object'];
  const problems: string[] = [];
  if (doc.Version !== '2012-10-17')
    problems.push(`Version must be "2012-10-17", got ${JSON.stringify(doc.Version)}`);
  const statements = doc.Statement;
  if (!Array.isArray(statements) || !statements.length)
    return [...problems, 'Statement must be a non-empty array'];
  statements.forEach((s, i) => {
    const name = `Statement[${i}]`;
    if (!isObject(s)) return problems.push(`${name} is not an object`);
    if (s.Effect !== 'Allow' && s.Effect !== 'Deny')
      problems.push(`${name}.Effect must be Allow or Deny`);
    const actions = [s.Action, s.NotAction].filter((a) => a !== undefined);
    if (actions.length !== 1 || !isStrings(actions[0]))
      problems.push(`${name} needs exactly one of Action or NotAction (string or list)`);
    const hasResource = isStrings(s.Resource) || isStrings(s.NotResource);
    if (kind === 'scp') {
      if (s.Principal !== undefined) problems.push(`${name}: an SCP takes no Principal`);
      if (!hasResource) problems.push(`${name} needs Resource or NotResource`);
    } else if (!hasResource && !isObject(s.Principal)) {
      problems.push(`${name} needs Resource, NotResource or (trust policy) Principal`);
    }
    return undefined;
  });
  if (kind === 'scp' && raw.length > 5120)
    problems.push(`SCP is ${raw.length} characters, over 5,120`);
  return problems;
}

/** Minimal shape every Kubernetes object shares. */
export function manifestProblems(doc: Json): string[] {
  if (!isObject(doc)) return ['not a YAML mapping'];
  const problems: string[] = [];
  if (typeof doc.apiVersion !== 'string' || !doc.apiVersion) problems.push('apiVersion missing');
  if (typeof doc.kind !== 'string' || !/^[A-Z]\w*$/.test(doc.kind))
    problems.push('kind missing or not PascalCase');
  if (!isObject(doc.metadata) || typeof doc.metadata.name !== 'string')
    problems.push('metadata.name missing');
  return problems;
}
