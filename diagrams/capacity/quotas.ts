import { l, type Text } from '../model/text';
import type { CapacityReport } from './compute';

/** A Service Quotas entry to raise before the first peak, with the vCPUs the IaC can ask for. */
export interface QuotaRequest {
  readonly serviceCode: string;
  readonly quotaCode: string;
  readonly name: string;
  readonly why: Text;
  readonly desired: number;
  readonly url: string;
}

export const region = 'sa-east-1';

export function quotaRequests(report: CapacityReport): QuotaRequest[] {
  return [
    {
      serviceCode: 'ec2',
      quotaCode: 'L-1216C47A',
      name: 'Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances',
      why: l(
        'nós do EKS no máximo dos três node groups mais o ambiente On-Demand do Batch cheio',
        'EKS nodes at the three node groups’ maximum plus the Batch On-Demand environment full',
      ),
      desired: report.quotas.onDemandVCpu,
      url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-resource-limits.html',
    },
    {
      serviceCode: 'ec2',
      quotaCode: 'L-34B43A08',
      name: 'All Standard (A, C, D, H, I, M, R, T, Z) Spot Instance Requests',
      why: l('o ambiente Spot do Batch cheio', 'the Batch Spot environment full'),
      desired: report.quotas.spotVCpu,
      url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-spot-limits.html',
    },
  ];
}

/** Read the current value first (it varies by account), then ask for the increase. */
export function quotaCommands(q: QuotaRequest): string {
  const common = `--service-code ${q.serviceCode} --quota-code ${q.quotaCode} --region ${region}`;
  return [
    `aws service-quotas get-service-quota ${common} --query 'Quota.[QuotaName,Value]'`,
    `aws service-quotas request-service-quota-increase ${common} --desired-value ${q.desired}`,
  ].join('\n');
}
