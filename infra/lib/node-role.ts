import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

/**
 * The AWS-maintained policies EKS documents for worker nodes: worker node, ECR pull-only, VPC
 * CNI, and SSM Session Manager. Both node roles carry them (the system node groups' and
 * Karpenter's), and the cdk-nag acknowledgements name exactly these.
 */
export const nodeManagedPolicyNames = [
  'AmazonEKSWorkerNodePolicy',
  'AmazonEC2ContainerRegistryPullOnly',
  'AmazonEKS_CNI_Policy',
  'AmazonSSMManagedInstanceCore',
] as const;

/** An EC2 role for EKS worker nodes with the policies above. */
export function workerNodeRole(scope: Construct, id: string): iam.Role {
  return new iam.Role(scope, id, {
    assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
    managedPolicies: nodeManagedPolicyNames.map((name) =>
      iam.ManagedPolicy.fromAwsManagedPolicyName(name),
    ),
  });
}
