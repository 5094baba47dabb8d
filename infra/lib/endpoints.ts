/**
 * The VPC endpoints of the Network stack, by construct id and AWS service short name
 * (`com.amazonaws.<region>.<name>`), as plain data so the documentation lists exactly what the
 * stack creates. The stack maps each id to its CDK service and a test checks the names agree.
 */
export const interfaceEndpointServices = {
  EcrApi: 'ecr.api',
  EcrDocker: 'ecr.dkr',
  Sts: 'sts',
  Sqs: 'sqs',
  Logs: 'logs',
  Monitoring: 'monitoring',
  SecretsManager: 'secretsmanager',
  Kms: 'kms',
  StepFunctions: 'states',
  Ec2: 'ec2',
  Eks: 'eks',
  EksAuth: 'eks-auth',
  Xray: 'xray',
  Prometheus: 'aps-workspaces',
  Ssm: 'ssm',
} as const;

export type InterfaceEndpointId = keyof typeof interfaceEndpointServices;

/** Gateway endpoints: free, routed through the route tables instead of ENIs. */
export const gatewayEndpointServices = { S3: 's3' } as const;
