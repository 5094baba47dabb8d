/**
 * Compile-time tests (checked by `npm run typecheck`, never executed): every reference in the
 * model is checked by the compiler. Each `@ts-expect-error` fails the typecheck if the line
 * below it stops being an error.
 */
import type { ComponentId } from './components';
import type { FlowId } from './flows';
import type { GroupId } from './groups';
import { l, type Text } from './text';
import type { ComponentDef, ConnectionDef, FlowDef, GroupDef, ViewDef } from './types';

const label = l('Rótulo', 'Label');

export const goodConnection = {
  from: 'api',
  to: 'rdsProxy',
  label,
  protocol: 'PostgreSQL/TLS',
  encrypted: true,
  mode: 'sync',
} as const satisfies ConnectionDef<ComponentId>;

export const connectionToMissingComponent = {
  from: 'api',
  // @ts-expect-error "rdsProxyy" is not a component id
  to: 'rdsProxyy',
  label,
  protocol: 'PostgreSQL/TLS',
  encrypted: true,
  mode: 'sync',
} as const satisfies ConnectionDef<ComponentId>;

export const componentInMissingGroup = {
  kind: 'aws',
  service: 's3',
  // @ts-expect-error "privateZ" is not a group id
  group: 'privateZ',
  layer: 'storage',
  availability: 'regional',
  label,
  summary: label,
} as const satisfies ComponentDef<GroupId>;

export const unknownService = {
  kind: 'aws',
  // @ts-expect-error "dynamo" is not a service of the model
  service: 'dynamo',
  layer: 'data',
  availability: 'regional',
  label,
  summary: label,
} as const satisfies ComponentDef<GroupId>;

export const groupWithMissingParent = {
  kind: 'subnet',
  // @ts-expect-error "azZ" is not a group id
  parent: 'azZ',
  label,
} as const satisfies GroupDef<GroupId>;

export const viewWithMissingComponent = {
  kind: 'flowchart',
  direction: 'LR',
  title: label,
  description: label,
  // @ts-expect-error "lambda" is not a component id
  components: ['api', 'lambda'],
} as const satisfies ViewDef<ComponentId, GroupId, FlowId>;

export const viewOfMissingFlow = {
  kind: 'sequence',
  // @ts-expect-error "download" is not a flow id
  flow: 'download',
  title: label,
  description: label,
} as const satisfies ViewDef<ComponentId, GroupId, FlowId>;

export const flowWithMissingParticipant = {
  title: label,
  // @ts-expect-error "browser" is not a component id
  participants: ['scientist', 'browser'],
  steps: [],
} as const satisfies FlowDef<ComponentId>;

// @ts-expect-error a label without its English half does not compile
export const halfTranslated: Text = { 'pt-BR': 'Só português' };
