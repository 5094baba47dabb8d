import { CfnOutput, RemovalPolicy } from 'aws-cdk-lib';
import * as accessanalyzer from 'aws-cdk-lib/aws-accessanalyzer';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as config from 'aws-cdk-lib/aws-config';
import * as guardduty from 'aws-cdk-lib/aws-guardduty';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as inspector from 'aws-cdk-lib/aws-inspectorv2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as securityhub from 'aws-cdk-lib/aws-securityhub';
import type { Construct } from 'constructs';
import { logsLifecycle } from '../../../diagrams/model/lifecycles';
import { accessLogsBucket, bucketNames, dataBucket } from '../buckets';
import { EspectroStack, type EspectroStackProps } from '../espectro-stack';
import { allowLogsService } from '../keys';
import { realise } from '../topology';

/** Managed Config rules for the controls the architecture promises. */
const configRules = {
  S3PublicRead: 'S3_BUCKET_PUBLIC_READ_PROHIBITED',
  S3PublicWrite: 'S3_BUCKET_PUBLIC_WRITE_PROHIBITED',
  EncryptedVolumes: 'ENCRYPTED_VOLUMES',
  RdsEncrypted: 'RDS_STORAGE_ENCRYPTED',
  RdsMultiAz: 'RDS_MULTI_AZ_SUPPORT',
  EksPrivateEndpoint: 'EKS_ENDPOINT_NO_PUBLIC_ACCESS',
  EksSecretsEncrypted: 'EKS_SECRETS_ENCRYPTED',
  CloudTrailEnabled: 'CLOUD_TRAIL_ENABLED',
  RootMfa: 'ROOT_ACCOUNT_MFA_ENABLED',
  NoIamUserAccessKeys: 'ACCESS_KEYS_ROTATED',
} as const;

/**
 * Phase "security baseline", security / log-archive account, as the organization's delegated
 * administrator: the immutable log archive, the organization trail, threat detection, posture and
 * inventory for every account.
 */
export class SecurityBaselineStack extends EspectroStack {
  constructor(scope: Construct, id: string, props: EspectroStackProps) {
    super(scope, id, props);
    const { organizationId } = props.config;

    const key = realise(
      new kms.Key(this, 'AuditKey', {
        alias: 'alias/espectro/audit',
        description: 'Encrypts the log archive, the organization trail and its log group',
        enableKeyRotation: true,
        removalPolicy: RemovalPolicy.RETAIN,
      }),
      'kms',
    );
    allowLogsService(key, this);
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudTrailAndConfigDeliveries',
        principals: [
          new iam.ServicePrincipal('cloudtrail.amazonaws.com'),
          new iam.ServicePrincipal('config.amazonaws.com'),
        ],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt', 'kms:DescribeKey'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceOrgID': organizationId } },
      }),
    );

    const accessLogs = accessLogsBucket(
      this,
      bucketNames.accessLogs(this.account, this.region),
      logsLifecycle,
    );
    const archive = realise(
      dataBucket(this, 'LogArchive', {
        bucketName: bucketNames.logArchive(this.account, this.region),
        key,
        lifecycle: logsLifecycle,
        accessLogs,
      }),
      'logsBucket',
    );
    archive.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'OrganizationConfigDelivery',
        principals: [new iam.ServicePrincipal('config.amazonaws.com')],
        actions: ['s3:GetBucketAcl', 's3:ListBucket', 's3:PutObject'],
        resources: [archive.bucketArn, archive.arnForObjects('config/*')],
        conditions: { StringEquals: { 'aws:SourceOrgID': organizationId } },
      }),
    );

    const trailLogs = realise(
      new logs.LogGroup(this, 'TrailLogs', {
        logGroupName: '/espectro/audit/organization-trail',
        retention: logs.RetentionDays.ONE_YEAR,
        encryptionKey: key,
        removalPolicy: RemovalPolicy.RETAIN,
      }),
      'cloudwatch',
    );
    const trail = realise(
      new cloudtrail.Trail(this, 'OrganizationTrail', {
        trailName: 'espectro-organization',
        bucket: archive,
        s3KeyPrefix: 'cloudtrail',
        encryptionKey: key,
        isOrganizationTrail: true,
        orgId: organizationId,
        isMultiRegionTrail: true,
        includeGlobalServiceEvents: true,
        enableFileValidation: true,
        sendToCloudWatchLogs: true,
        cloudWatchLogGroup: trailLogs,
      }),
      'cloudtrail',
    );
    trail.logAllS3DataEvents();

    const detector = realise(
      new guardduty.CfnDetector(this, 'GuardDuty', {
        enable: true,
        findingPublishingFrequency: 'FIFTEEN_MINUTES',
        features: [
          { name: 'S3_DATA_EVENTS', status: 'ENABLED' },
          { name: 'EKS_AUDIT_LOGS', status: 'ENABLED' },
          { name: 'EBS_MALWARE_PROTECTION', status: 'ENABLED' },
          { name: 'RDS_LOGIN_EVENTS', status: 'ENABLED' },
          {
            name: 'RUNTIME_MONITORING',
            status: 'ENABLED',
            additionalConfiguration: [{ name: 'EKS_ADDON_MANAGEMENT', status: 'ENABLED' }],
          },
        ],
      }),
      'guardduty',
    );

    const hub = realise(
      new securityhub.CfnHub(this, 'SecurityHub', {
        enableDefaultStandards: false,
        controlFindingGenerator: 'SECURITY_CONTROL',
        autoEnableControls: true,
      }),
      'securityHub',
    );
    for (const [name, standard] of Object.entries({
      Foundational: 'aws-foundational-security-best-practices/v/1.0.0',
      Cis: 'cis-aws-foundations-benchmark/v/3.0.0',
    })) {
      realise(
        new securityhub.CfnStandard(this, name, {
          standardsArn: `arn:${this.partition}:securityhub:${this.region}::standards/${standard}`,
        }),
        'securityHub',
      ).node.addDependency(hub);
    }

    const recorderRole = new iam.Role(this, 'ConfigRecorderRole', {
      assumedBy: new iam.ServicePrincipal('config.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWS_ConfigRole')],
    });
    const recorder = realise(
      new config.CfnConfigurationRecorder(this, 'ConfigRecorder', {
        roleArn: recorderRole.roleArn,
        recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
      }),
      'config',
    );
    const channel = realise(
      new config.CfnDeliveryChannel(this, 'ConfigDelivery', {
        s3BucketName: archive.bucketName,
        s3KeyPrefix: 'config',
        s3KmsKeyArn: key.keyArn,
        configSnapshotDeliveryProperties: { deliveryFrequency: 'TwentyFour_Hours' },
      }),
      'config',
    );
    const aggregatorRole = new iam.Role(this, 'ConfigAggregatorRole', {
      assumedBy: new iam.ServicePrincipal('config.amazonaws.com'),
      managedPolicies: [
        iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSConfigRoleForOrganizations'),
      ],
    });
    const aggregator = realise(
      new config.CfnConfigurationAggregator(this, 'ConfigAggregator', {
        configurationAggregatorName: 'espectro-organization',
        organizationAggregationSource: { roleArn: aggregatorRole.roleArn, allAwsRegions: true },
      }),
      'config',
    );
    for (const [name, identifier] of Object.entries(configRules)) {
      const rule = realise(new config.ManagedRule(this, name, { identifier }), 'config');
      rule.node.addDependency(recorder, channel);
    }

    realise(
      new inspector.CfnCisScanConfiguration(this, 'InspectorCisScan', {
        scanName: 'espectro-nodes-weekly',
        securityLevel: 'LEVEL_2',
        schedule: {
          weekly: {
            days: ['SUN'],
            startTime: { timeOfDay: '03:00', timeZone: 'America/Sao_Paulo' },
          },
        },
        targets: {
          accountIds: [props.config.productionAccount],
          targetResourceTags: { 'eks:cluster-name': ['espectro-prod'] },
        },
      }),
      'inspector',
    );

    realise(
      new accessanalyzer.CfnAnalyzer(this, 'ExternalAccess', {
        analyzerName: 'espectro-organization-external',
        type: 'ORGANIZATION',
      }),
      'accessAnalyzer',
    );
    realise(
      new accessanalyzer.CfnAnalyzer(this, 'UnusedAccess', {
        analyzerName: 'espectro-organization-unused',
        type: 'ORGANIZATION_UNUSED_ACCESS',
        analyzerConfiguration: { unusedAccessConfiguration: { unusedAccessAge: 90 } },
      }),
      'accessAnalyzer',
    );

    new CfnOutput(this, 'LogArchiveBucketName', { value: archive.bucketName });
    new CfnOutput(this, 'OrganizationTrailArn', { value: trail.trailArn });
    new CfnOutput(this, 'GuardDutyDetectorId', { value: detector.ref });
    new CfnOutput(this, 'ConfigAggregatorName', { value: aggregator.ref });
  }
}
