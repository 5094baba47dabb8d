import { components, type ComponentId } from '../../diagrams/model/components';
import { TOPOLOGY_METADATA, TOPOLOGY_TAG, awsComponentIds, realisedElsewhere } from './topology';

export interface TemplateResource {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
  readonly Metadata?: Record<string, unknown>;
}

export interface RealisingResource {
  readonly stack: string;
  readonly logicalId: string;
  readonly type: string;
  /** Carries the `topology-id` tag (taggable types); otherwise only template metadata names it. */
  readonly tagged: boolean;
}

/** The `topology-id` tag value, whichever of CloudFormation's tag shapes the type uses. */
export function topologyTag(resource: TemplateResource): string | undefined {
  const props = resource.Properties ?? {};
  for (const key of [
    'Tags',
    'HostedZoneTags',
    'HealthCheckTags',
    'UserPoolTags',
    'BackupVaultTags',
    'BackupPlanTags',
    'FileSystemTags',
  ]) {
    const tags = props[key];
    if (Array.isArray(tags)) {
      const hit = (tags as { Key?: string; Value?: unknown }[]).find((t) => t.Key === TOPOLOGY_TAG);
      if (hit) return String(hit.Value);
    } else if (tags && typeof tags === 'object' && TOPOLOGY_TAG in tags) {
      return String((tags as Record<string, unknown>)[TOPOLOGY_TAG]);
    }
  }
  return undefined;
}

/** Component -> the resources that realise it, read from synthesized templates. */
export function realisation(
  templates: Readonly<Record<string, { Resources: Readonly<Record<string, TemplateResource>> }>>,
): Map<string, RealisingResource[]> {
  const map = new Map<string, RealisingResource[]>();
  for (const [stack, template] of Object.entries(templates)) {
    for (const [logicalId, resource] of Object.entries(template.Resources)) {
      const tag = topologyTag(resource);
      const meta = resource.Metadata?.[TOPOLOGY_METADATA];
      const id = tag ?? (typeof meta === 'string' ? meta : undefined);
      if (!id) continue;
      if (tag && meta && tag !== meta) {
        throw new Error(
          `${stack}/${logicalId}: tag topology-id=${tag} but metadata says ${String(meta)}`,
        );
      }
      const list = map.get(id) ?? [];
      list.push({ stack, logicalId, type: resource.Type, tagged: tag !== undefined });
      map.set(id, list);
    }
  }
  return map;
}

/** Every way the model and the templates disagree, each naming the component or resource. */
export function driftProblems(map: ReadonlyMap<string, readonly RealisingResource[]>): string[] {
  const problems: string[] = [];
  for (const [id, resources] of map) {
    if (!(id in components)) {
      const where = resources.map((r) => `${r.stack}/${r.logicalId}`).join(', ');
      problems.push(`topology-id "${id}" names no component of the model (on ${where})`);
    } else if (components[id as ComponentId].kind !== 'aws') {
      problems.push(
        `topology-id "${id}" names a ${components[id as ComponentId].kind} component, not an AWS one`,
      );
    }
  }
  for (const id of awsComponentIds) {
    const tagged = (map.get(id) ?? []).filter((r) => r.tagged);
    const elsewhere = id in realisedElsewhere;
    if (!tagged.length && !elsewhere) {
      problems.push(`AWS component "${id}" is realised by no resource tagged topology-id=${id}`);
    }
    if (tagged.length && elsewhere) {
      problems.push(
        `AWS component "${id}" is listed as realised elsewhere but ${tagged.length} resource(s) carry its tag`,
      );
    }
  }
  return problems;
}
