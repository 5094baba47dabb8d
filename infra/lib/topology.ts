import { type IAspect, type CfnResource, TagManager, Aspects, CfnElement } from 'aws-cdk-lib';
import { type IConstruct } from 'constructs';
import { components, type ComponentId } from '../../diagrams/model/components';
import { l } from '../../diagrams/model/text';
import type { Text } from '../../diagrams/model/text';

/** The tag (and template metadata key) that names the model component a resource realises. */
export const TOPOLOGY_TAG = 'topology-id';
export const TOPOLOGY_METADATA = 'espectro:topology-id';

type Components = typeof components;
/** Components of the model that are AWS resources (actors, Kubernetes workloads and externals are not). */
export type AwsComponentId = {
  [K in ComponentId]: Components[K]['kind'] extends 'aws' ? K : never;
}[ComponentId];

const marks = new WeakMap<IConstruct, ComponentId>();

/**
 * Declares that `scope` and every CloudFormation resource under it realise model component `id`.
 * The innermost declaration wins, so a database cluster can mark its writer and readers apart.
 */
export function realise<T extends IConstruct>(scope: T, id: ComponentId): T {
  marks.set(scope, id);
  return scope;
}

export function componentOf(construct: IConstruct): ComponentId | undefined {
  for (let c: IConstruct | undefined = construct; c; c = c.node.scope) {
    const id = marks.get(c);
    if (id) return id;
  }
  return undefined;
}

/**
 * Writes the component id on every resource under a `realise()` mark: as the `topology-id` tag
 * where the resource type takes tags, and always as template metadata, so the mapping also covers
 * resources CloudFormation cannot tag (record sets, policies, associations).
 */
class TopologyTagger implements IAspect {
  visit(node: IConstruct): void {
    if (!CfnElement.isCfnElement(node) || !('cfnResourceType' in node)) return;
    const id = componentOf(node);
    if (!id) return;
    const resource = node as CfnResource;
    resource.cfnOptions.metadata = { ...resource.cfnOptions.metadata, [TOPOLOGY_METADATA]: id };
    if (TagManager.isTaggable(resource)) resource.tags.setTag(TOPOLOGY_TAG, id);
    else if (TagManager.isTaggableV2(resource)) resource.cdkTagManager.setTag(TOPOLOGY_TAG, id);
  }
}

export function applyTopologyTags(scope: IConstruct): void {
  Aspects.of(scope).add(new TopologyTagger());
}

/**
 * AWS components of the model that no production stack creates, each with where it comes from.
 * The drift test requires this list and the tagged resources to cover the model exactly.
 */
export const realisedElsewhere = {
  controlTower: l(
    'Landing zone da organização, criada uma vez na conta de gerenciamento pelo console do Control Tower (fase "landing zone" do runbook); não pertence a nenhuma conta de carga.',
    'Organization landing zone, set up once in the management account from the Control Tower console (runbook phase "landing zone"); it belongs to no workload account.',
  ),
  identityCenter: l(
    'Instância da organização, habilitada na conta de gerenciamento junto com o Control Tower; permission sets são da organização, não de uma conta.',
    'Organization instance, enabled in the management account with Control Tower; permission sets belong to the organization, not to one account.',
  ),
  shield: l(
    'Shield Standard vem ativo em toda conta para o CloudFront e o Route 53, sem recurso a criar.',
    'Shield Standard is on for every account in front of CloudFront and Route 53; there is no resource to create.',
  ),
  cloudformation: l(
    'É o próprio motor que aplica estas stacks: cada stack é uma stack do CloudFormation, não um recurso dentro de um template.',
    'It is the engine that applies these stacks: each stack is a CloudFormation stack, not a resource inside a template.',
  ),
} as const satisfies Partial<Record<AwsComponentId, Text>>;

export type RealisedElsewhereId = keyof typeof realisedElsewhere;

export const awsComponentIds = (Object.keys(components) as ComponentId[]).filter(
  (id): id is AwsComponentId => components[id].kind === 'aws',
);
