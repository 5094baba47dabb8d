import { nodePoolSizing } from '../sizing';

/** The tag that marks what the EC2NodeClass of a cluster may select (subnets). */
export const discoveryTag = 'karpenter.sh/discovery';
export const nodeClassName = 'app';
export const nodePoolName = 'app';

export interface NodeClassInput {
  readonly clusterName: string;
  /** Name (not ARN) of the IAM role the nodes run with; Karpenter makes the instance profile. */
  readonly nodeRoleName: string;
  /** The cluster security group EKS creates: pods rely on it to reach the proxy and the cache. */
  readonly clusterSecurityGroupId: string;
}

/**
 * EC2NodeClass: AL2023, the private app subnets found by their discovery tag, the cluster
 * security group, IMDSv2 only with one hop (pods cannot borrow the node role through IMDS;
 * they get their own through Pod Identity), an encrypted gp3 root volume.
 */
export function ec2NodeClass(input: NodeClassInput): Record<string, unknown> {
  return {
    apiVersion: 'karpenter.k8s.aws/v1',
    kind: 'EC2NodeClass',
    metadata: { name: nodeClassName },
    spec: {
      role: input.nodeRoleName,
      amiSelectorTerms: [{ alias: 'al2023@latest' }],
      subnetSelectorTerms: [{ tags: { [discoveryTag]: input.clusterName } }],
      // By id, not by tag: EKS creates this group, so the stack cannot tag it, and the id is exact.
      securityGroupSelectorTerms: [{ id: input.clusterSecurityGroupId }],
      metadataOptions: {
        httpEndpoint: 'enabled',
        httpProtocolIPv6: 'disabled',
        httpPutResponseHopLimit: 1,
        httpTokens: 'required',
      },
      blockDeviceMappings: [
        {
          deviceName: '/dev/xvda',
          ebs: {
            volumeSize: `${nodePoolSizing.rootVolumeGiB}Gi`,
            volumeType: 'gp3',
            encrypted: true,
            deleteOnTermination: true,
          },
        },
      ],
      tags: { [discoveryTag]: input.clusterName },
    },
  };
}

/**
 * NodePool of the application: on-demand c/m/r of a recent generation in the three zones of the
 * app subnets, capped in total CPU, consolidated when empty or underused.
 */
export function nodePool(zones: readonly string[]): Record<string, unknown> {
  return {
    apiVersion: 'karpenter.sh/v1',
    kind: 'NodePool',
    metadata: { name: nodePoolName },
    spec: {
      template: {
        spec: {
          nodeClassRef: { group: 'karpenter.k8s.aws', kind: 'EC2NodeClass', name: nodeClassName },
          requirements: [
            { key: 'kubernetes.io/arch', operator: 'In', values: ['amd64'] },
            { key: 'kubernetes.io/os', operator: 'In', values: ['linux'] },
            {
              key: 'karpenter.sh/capacity-type',
              operator: 'In',
              values: [...nodePoolSizing.capacityTypes],
            },
            {
              key: 'karpenter.k8s.aws/instance-category',
              operator: 'In',
              values: [...nodePoolSizing.instanceCategories],
            },
            {
              key: 'karpenter.k8s.aws/instance-generation',
              operator: 'Gt',
              values: [String(nodePoolSizing.minGenerationExclusive)],
            },
            { key: 'topology.kubernetes.io/zone', operator: 'In', values: [...zones] },
          ],
        },
      },
      limits: { cpu: String(nodePoolSizing.cpuLimit) },
      disruption: {
        consolidationPolicy: 'WhenEmptyOrUnderutilized',
        consolidateAfter: nodePoolSizing.consolidateAfter,
      },
    },
  };
}
