import type { ModelShape } from '../model/shape';
import type { StateDef } from '../model/types';

/** A structural problem the type system cannot catch; `subject` names the culprit. */
export interface ModelError {
  readonly code: string;
  readonly subject: string;
  readonly message: string;
}

function groupProblems(model: ModelShape): ModelError[] {
  const errors: ModelError[] = [];
  for (const [id, group] of Object.entries(model.groups)) {
    if (group.parent !== undefined && !model.groups[group.parent]) {
      errors.push({
        code: 'group-parent',
        subject: id,
        message: `group "${id}" has unknown parent "${group.parent}"`,
      });
      continue;
    }
    const seen = new Set<string>([id]);
    for (let p = group.parent; p !== undefined; p = model.groups[p]?.parent) {
      if (seen.has(p)) {
        errors.push({
          code: 'group-cycle',
          subject: id,
          message: `group "${id}" is inside itself: ${[...seen, p].join(' -> ')}`,
        });
        break;
      }
      seen.add(p);
    }
  }
  const used = new Set<string>();
  for (const c of Object.values(model.components)) if (c.group) used.add(c.group);
  for (const g of Object.values(model.groups)) if (g.parent) used.add(g.parent);
  for (const id of Object.keys(model.groups)) {
    if (!used.has(id))
      errors.push({
        code: 'group-empty',
        subject: id,
        message: `group "${id}" holds no component and no group`,
      });
  }
  return errors;
}

function componentProblems(model: ModelShape): ModelError[] {
  const errors: ModelError[] = [];
  const connected = new Set<string>();
  model.connections.forEach((c, i) => {
    for (const end of [c.from, c.to]) {
      if (!model.components[end]) {
        errors.push({
          code: 'connection-end',
          subject: end,
          message: `connection #${i} (${c.from} -> ${c.to}) names unknown component "${end}"`,
        });
      }
      connected.add(end);
    }
    if (c.from === c.to)
      errors.push({
        code: 'connection-self',
        subject: c.from,
        message: `connection #${i} connects "${c.from}" to itself`,
      });
  });
  for (const [id, component] of Object.entries(model.components)) {
    if (component.group !== undefined && !model.groups[component.group]) {
      errors.push({
        code: 'component-group',
        subject: id,
        message: `component "${id}" is in unknown group "${component.group}"`,
      });
    }
    if (!connected.has(id))
      errors.push({ code: 'orphan', subject: id, message: `component "${id}" has no connection` });
  }
  return errors;
}

function stateMachineProblems(model: ModelShape): ModelError[] {
  const errors: ModelError[] = [];
  for (const [machineId, machine] of Object.entries(model.stateMachines)) {
    const states = machine.states as Readonly<Record<string, StateDef>>;
    const targets = (s: StateDef) => [
      s.next,
      s.catchTo,
      ...(s.choices ?? []).map((c) => c.next),
      ...(s.iterator ?? []),
    ];
    if (!states[machine.startAt]) {
      errors.push({
        code: 'state-start',
        subject: machineId,
        message: `state machine "${machineId}" starts at unknown state "${machine.startAt}"`,
      });
    }
    const reached = new Set<string>();
    const visit = (id: string) => {
      if (reached.has(id) || !states[id]) return;
      reached.add(id);
      for (const t of targets(states[id])) if (t) visit(t);
    };
    visit(machine.startAt);
    for (const [id, state] of Object.entries(states)) {
      for (const t of targets(state)) {
        if (t && !states[t])
          errors.push({
            code: 'state-target',
            subject: `${machineId}.${id}`,
            message: `state "${id}" of "${machineId}" goes to unknown state "${t}"`,
          });
      }
      if (state.resource && !model.components[state.resource]) {
        errors.push({
          code: 'state-resource',
          subject: `${machineId}.${id}`,
          message: `state "${id}" of "${machineId}" calls unknown component "${state.resource}"`,
        });
      }
      if (!reached.has(id))
        errors.push({
          code: 'state-unreachable',
          subject: `${machineId}.${id}`,
          message: `state "${id}" of "${machineId}" is unreachable from "${machine.startAt}"`,
        });
    }
  }
  return errors;
}

function viewProblems(model: ModelShape): ModelError[] {
  const errors: ModelError[] = [];
  const shown = new Set<string>();
  const need = (view: string, kind: string, id: string, exists: boolean) => {
    if (!exists)
      errors.push({
        code: 'view-reference',
        subject: view,
        message: `view "${view}" names unknown ${kind} "${id}"`,
      });
  };
  for (const [viewId, view] of Object.entries(model.views)) {
    switch (view.kind) {
      case 'flowchart':
        if (view.components.length === 0)
          errors.push({
            code: 'view-empty',
            subject: viewId,
            message: `view "${viewId}" includes no component`,
          });
        for (const c of view.components) {
          need(viewId, 'component', c, Boolean(model.components[c]));
          shown.add(c);
        }
        for (const g of [...(view.collapse ?? []), ...(view.flatten ?? [])])
          need(viewId, 'group', g, Boolean(model.groups[g]));
        break;
      case 'sequence': {
        const flow = model.flows[view.flow];
        need(viewId, 'flow', view.flow, Boolean(flow));
        if (flow && flow.steps.length === 0)
          errors.push({
            code: 'view-empty',
            subject: viewId,
            message: `view "${viewId}" shows flow "${view.flow}", which has no step`,
          });
        for (const p of flow?.participants ?? []) {
          need(viewId, 'component', p, Boolean(model.components[p]));
          shown.add(p);
        }
        for (const [i, step] of (flow?.steps ?? []).entries()) {
          for (const end of [step.from, step.to]) {
            if (!flow?.participants.includes(end))
              errors.push({
                code: 'flow-participant',
                subject: `${view.flow}#${i + 1}`,
                message: `step ${i + 1} of flow "${view.flow}" uses "${end}", which is not a participant`,
              });
          }
        }
        break;
      }
      case 'state': {
        const machine = model.stateMachines[view.machine];
        need(viewId, 'state machine', view.machine, Boolean(machine));
        for (const s of Object.values(machine?.states ?? {}) as StateDef[])
          if (s.resource) shown.add(s.resource);
        break;
      }
      case 'lifecycle':
        if (view.buckets.length === 0)
          errors.push({
            code: 'view-empty',
            subject: viewId,
            message: `view "${viewId}" includes no bucket`,
          });
        for (const b of view.buckets) {
          need(viewId, 'component', b, Boolean(model.components[b]));
          if (model.components[b] && !model.components[b]?.data?.lifecycle)
            errors.push({
              code: 'view-reference',
              subject: viewId,
              message: `view "${viewId}" lists "${b}", which has no lifecycle`,
            });
          shown.add(b);
        }
        break;
    }
  }
  for (const id of Object.keys(model.components)) {
    if (!shown.has(id))
      errors.push({
        code: 'component-unseen',
        subject: id,
        message: `component "${id}" appears in no view`,
      });
  }
  return errors;
}

/** Every structural error of the model; an empty list means the model is sound. */
export function validateModel(model: ModelShape): ModelError[] {
  return [
    ...groupProblems(model),
    ...componentProblems(model),
    ...stateMachineProblems(model),
    ...viewProblems(model),
  ];
}

export class InvalidModelError extends Error {
  constructor(readonly errors: readonly ModelError[]) {
    super(
      `The topology model is invalid:\n${errors.map((e) => `  - [${e.code}] ${e.message}`).join('\n')}`,
    );
    this.name = 'InvalidModelError';
  }
}

export function assertValidModel(model: ModelShape): void {
  const errors = validateModel(model);
  if (errors.length) throw new InvalidModelError(errors);
}
