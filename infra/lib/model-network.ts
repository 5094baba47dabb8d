import type {
  AllocateCidrRequest,
  IIpAddresses,
  SubnetIpamOptions,
  VpcIpamOptions,
} from 'aws-cdk-lib/aws-ec2';
import { groups, type GroupId } from '../../diagrams/model/groups';
import type { SubnetTier } from '../../diagrams/model/types';

/** Subnet group names in the VPC, one per tier of the model. */
export const subnetGroupName: Record<SubnetTier, string> = {
  public: 'public',
  'private-app': 'app',
  'private-data': 'data',
};

function cidrOf(id: GroupId): string {
  const cidr = (groups[id] as { cidr?: string }).cidr;
  if (!cidr) throw new Error(`model group "${id}" has no cidr`);
  return cidr;
}

/** The VPC's address range as the model draws it (a literal, so policy checks can read it). */
export function vpcCidr(): string {
  return cidrOf('vpc');
}

/** The model's subnet groups of one tier, in zone order a, b, c. */
export function modelSubnets(tier: SubnetTier): { id: GroupId; cidr: string }[] {
  return (Object.keys(groups) as GroupId[])
    .filter((id) => (groups[id] as { tier?: SubnetTier }).tier === tier)
    .map((id) => ({
      id,
      zone: String((groups[id] as { parent?: string }).parent),
      cidr: cidrOf(id),
    }))
    .sort((a, b) => a.zone.localeCompare(b.zone))
    .map(({ id, cidr }) => ({ id, cidr }));
}

export function subnetMask(tier: SubnetTier): number {
  const masks = new Set(modelSubnets(tier).map((s) => Number(s.cidr.split('/')[1])));
  const [mask] = [...masks];
  if (masks.size !== 1 || mask === undefined)
    throw new Error(`model subnets of tier ${tier} differ in size`);
  return mask;
}

/** Hands the VPC exactly the address ranges the model draws instead of computing its own. */
export class ModelIpAddresses implements IIpAddresses {
  allocateVpcCidr(): VpcIpamOptions {
    return { cidrBlock: cidrOf('vpc') };
  }

  allocateSubnetsCidr(input: AllocateCidrRequest): SubnetIpamOptions {
    const zones = [...new Set(input.requestedSubnets.map((s) => s.availabilityZone))];
    return {
      allocatedSubnets: input.requestedSubnets.map((request) => {
        const tier = (Object.keys(subnetGroupName) as SubnetTier[]).find(
          (t) => subnetGroupName[t] === request.configuration.name,
        );
        if (!tier)
          throw new Error(`subnet group "${request.configuration.name}" is not in the model`);
        const subnet = modelSubnets(tier)[zones.indexOf(request.availabilityZone)];
        if (!subnet)
          throw new Error(`no model subnet of tier ${tier} for ${request.availabilityZone}`);
        return { cidr: subnet.cidr };
      }),
    };
  }
}
