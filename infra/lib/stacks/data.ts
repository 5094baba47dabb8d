import { CfnOutput, Duration, RemovalPolicy, SecretValue } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elasticache from 'aws-cdk-lib/aws-elasticache';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secrets from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { auroraBackups } from '../../../diagrams/model/backups';
import {
  inputsLifecycle,
  logsLifecycle,
  resultsLifecycle,
} from '../../../diagrams/model/lifecycles';
import { accessLogsBucket, bucketNames, dataBucket } from '../buckets';
import { EspectroStack, type EspectroStackProps } from '../espectro-stack';
import { useKey } from '../keys';
import { subnetGroupName } from '../model-network';
import { databaseSizing } from '../sizing';
import { realise } from '../topology';
import { replicaKeyAlias } from './dr';
import type { KeysStack } from './keys';

export interface DataStackProps extends EspectroStackProps {
  readonly vpc: ec2.IVpc;
  readonly keys: KeysStack;
}

/** Point-in-time recovery window of the database, from the model (diagrams/model/backups.ts). */
export const databaseBackupDays = auroraBackups.retentionDays;
export const cacheTlsPort = 6380;

/**
 * Phase "data": every stateful store of production, retained on stack deletion. The buckets take
 * their lifecycle and lock settings from the topology model, so the site and the IaC cannot drift.
 */
export class DataStack extends EspectroStack {
  readonly inputs: s3.Bucket;
  readonly results: s3.Bucket;
  readonly database: rds.DatabaseCluster;
  readonly proxy: rds.DatabaseProxy;
  /** Callers open these to their own security groups (the cluster's, Batch's) on the ports below. */
  readonly proxySecurityGroup: ec2.SecurityGroup;
  readonly cacheSecurityGroup: ec2.SecurityGroup;
  readonly cacheEndpoint: string;
  readonly cacheAuth: secrets.Secret;
  readonly userPool: cognito.UserPool;
  readonly userPoolClient: cognito.UserPoolClient;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const { vpc, config } = props;
    const keys = {
      inputs: useKey(this, 'InputsKey', props.keys.inputs),
      results: useKey(this, 'ResultsKey', props.keys.results),
      database: useKey(this, 'DatabaseKey', props.keys.database),
      logs: useKey(this, 'LogsKey', props.keys.logs),
    };
    const dataSubnets = { subnetGroupName: subnetGroupName['private-data'] };
    const site = `https://${config.domainName}`;

    const accessLogs = accessLogsBucket(
      this,
      bucketNames.accessLogs(this.account, this.region),
      logsLifecycle,
    );
    this.inputs = realise(
      dataBucket(this, 'Inputs', {
        bucketName: bucketNames.inputs(this.account, this.region),
        key: keys.inputs,
        lifecycle: inputsLifecycle,
        accessLogs,
        eventBridgeEnabled: true,
        // The browser only PUTs parts: the API creates, completes and aborts the multipart upload
        // with its own credentials. It reads each part's ETag to report it for the completion.
        cors: [
          {
            allowedMethods: [s3.HttpMethods.PUT],
            allowedOrigins: [site],
            allowedHeaders: ['content-type', 'x-amz-checksum-sha256'],
            exposedHeaders: ['ETag'],
            maxAge: 3000,
          },
        ],
      }),
      'inputsBucket',
    );

    const replicaKey = kms.Key.fromKeyArn(
      this,
      'ReplicaKey',
      `arn:${this.partition}:kms:${config.drRegion}:${this.account}:${replicaKeyAlias}`,
    );
    this.results = realise(
      dataBucket(this, 'Results', {
        bucketName: bucketNames.results(this.account, this.region),
        key: keys.results,
        lifecycle: resultsLifecycle,
        accessLogs,
        replicationRules: [
          {
            id: 'results-to-dr',
            priority: 1,
            destination: s3.Bucket.fromBucketAttributes(this, 'ReplicaBucket', {
              bucketName: bucketNames.resultsReplica(this.account, config.drRegion),
              region: config.drRegion,
            }),
            kmsKey: replicaKey,
            sseKmsEncryptedObjects: true,
            deleteMarkerReplication: false,
            replicationTimeControl: s3.ReplicationTimeValue.FIFTEEN_MINUTES,
            metrics: s3.ReplicationTimeValue.FIFTEEN_MINUTES,
          },
        ],
      }),
      'resultsBucket',
    );

    const proxySg = new ec2.SecurityGroup(this, 'ProxySecurityGroup', {
      vpc,
      description: 'RDS Proxy: PostgreSQL from the cluster only (rule added by the Cluster stack)',
      allowAllOutbound: false,
    });
    this.proxySecurityGroup = proxySg;
    const databaseSg = new ec2.SecurityGroup(this, 'DatabaseSecurityGroup', {
      vpc,
      description: 'Aurora: PostgreSQL from the RDS Proxy and its rotation function only',
      allowAllOutbound: false,
    });
    databaseSg.addIngressRule(proxySg, ec2.Port.tcp(5432), 'proxy to Aurora');
    proxySg.addEgressRule(databaseSg, ec2.Port.tcp(5432), 'proxy to Aurora');

    const instance = (zone: string, promotionTier: number) => ({
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.R7G, ec2.InstanceSize.LARGE),
      availabilityZone: zone,
      promotionTier,
      enablePerformanceInsights: true,
      performanceInsightEncryptionKey: keys.database,
      autoMinorVersionUpgrade: true,
      publiclyAccessible: false,
    });
    const [zoneA, zoneB, zoneC] = this.availabilityZones as [string, string, string];
    // Created here, before RDS creates it, so it is KMS-encrypted and expires (no retention Lambda).
    realise(
      new logs.LogGroup(this, 'DatabaseLogs', {
        logGroupName: '/aws/rds/cluster/espectro-prod/postgresql',
        retention: logs.RetentionDays.THREE_MONTHS,
        encryptionKey: keys.logs,
        removalPolicy: RemovalPolicy.RETAIN,
      }),
      'cloudwatch',
    );
    this.database = realise(
      new rds.DatabaseCluster(this, 'Aurora', {
        clusterIdentifier: 'espectro-prod',
        engine: rds.DatabaseClusterEngine.auroraPostgres({
          version: rds.AuroraPostgresEngineVersion.VER_17_9,
        }),
        credentials: rds.Credentials.fromGeneratedSecret('espectro_admin', {
          secretName: 'espectro/prod/database',
          encryptionKey: keys.database,
        }),
        defaultDatabaseName: 'espectro',
        vpc,
        vpcSubnets: dataSubnets,
        securityGroups: [databaseSg],
        writer: rds.ClusterInstance.provisioned('Writer', instance(zoneA, 0)),
        readers: [
          rds.ClusterInstance.provisioned('ReaderB', instance(zoneB, 0)),
          rds.ClusterInstance.provisioned('ReaderC', instance(zoneC, 1)),
        ],
        storageEncrypted: true,
        storageEncryptionKey: keys.database,
        iamAuthentication: true,
        deletionProtection: true,
        backup: {
          retention: Duration.days(databaseBackupDays),
          preferredWindow: auroraBackups.preferredWindowUtc,
        },
        preferredMaintenanceWindow: 'Sun:06:00-Sun:07:00',
        port: 5432,
        cloudwatchLogsExports: ['postgresql'],
        monitoringInterval: Duration.seconds(60),
        copyTagsToSnapshot: true,
        removalPolicy: RemovalPolicy.SNAPSHOT,
      }),
      'auroraWriter',
    );
    realise(this.database.node.findChild('ReaderB'), 'auroraReaderB');
    realise(this.database.node.findChild('ReaderC'), 'auroraReaderC');
    const secret = this.database.secret;
    if (!secret) throw new Error('the Aurora cluster has no generated secret');
    realise(secret, 'secretsManager');
    realise(
      this.database.addRotationSingleUser({ automaticallyAfter: Duration.days(30) }),
      'secretsManager',
    );

    this.proxy = realise(
      this.database.addProxy('Proxy', {
        dbProxyName: 'espectro-prod',
        secrets: [secret],
        vpc,
        vpcSubnets: dataSubnets,
        securityGroups: [proxySg],
        requireTLS: true,
        iamAuth: true,
        borrowTimeout: Duration.seconds(30),
        maxConnectionsPercent: databaseSizing.proxyMaxConnectionsPercent,
        idleClientTimeout: Duration.minutes(30),
      }),
      'rdsProxy',
    );

    const cacheSg = new ec2.SecurityGroup(this, 'CacheSecurityGroup', {
      vpc,
      description: 'Valkey: TLS from the cluster only (rule added by the Cluster stack)',
      allowAllOutbound: false,
    });
    this.cacheSecurityGroup = cacheSg;
    const cachePort = cacheTlsPort;
    this.cacheAuth = realise(
      new secrets.Secret(this, 'CacheAuth', {
        secretName: 'espectro/prod/cache-auth',
        description: 'AUTH token of the Valkey replication group',
        encryptionKey: keys.database,
        generateSecretString: { passwordLength: 64, excludePunctuation: true },
      }),
      'secretsManager',
    );
    const cacheSubnets = realise(
      new elasticache.CfnSubnetGroup(this, 'CacheSubnets', {
        description: 'Data subnets of the three zones',
        subnetIds: vpc.selectSubnets(dataSubnets).subnetIds,
        cacheSubnetGroupName: 'espectro-prod-cache',
      }),
      'elasticache',
    );
    const cacheLogs = realise(
      new logs.LogGroup(this, 'CacheLogs', {
        logGroupName: '/espectro/data/valkey',
        retention: logs.RetentionDays.THREE_MONTHS,
        encryptionKey: keys.logs,
        removalPolicy: RemovalPolicy.RETAIN,
      }),
      'cloudwatch',
    );
    const cache = realise(
      new elasticache.CfnReplicationGroup(this, 'Cache', {
        replicationGroupId: 'espectro-prod',
        replicationGroupDescription: 'Django sessions and hot reads',
        engine: 'valkey',
        engineVersion: '8.0',
        cacheNodeType: 'cache.r7g.large',
        numNodeGroups: 1,
        replicasPerNodeGroup: 1,
        multiAzEnabled: true,
        automaticFailoverEnabled: true,
        port: cachePort,
        cacheSubnetGroupName: cacheSubnets.ref,
        securityGroupIds: [cacheSg.securityGroupId],
        atRestEncryptionEnabled: true,
        kmsKeyId: keys.database.keyArn,
        transitEncryptionEnabled: true,
        transitEncryptionMode: 'required',
        authToken: SecretValue.secretsManager(this.cacheAuth.secretArn).unsafeUnwrap(),
        snapshotRetentionLimit: 15,
        autoMinorVersionUpgrade: true,
        logDeliveryConfigurations: [
          {
            destinationType: 'cloudwatch-logs',
            destinationDetails: { cloudWatchLogsDetails: { logGroup: cacheLogs.logGroupName } },
            logFormat: 'json',
            logType: 'slow-log',
          },
        ],
      }),
      'elasticache',
    );
    this.cacheEndpoint = `${cache.attrPrimaryEndPointAddress}:${cache.attrPrimaryEndPointPort}`;

    this.userPool = realise(
      new cognito.UserPool(this, 'Users', {
        userPoolName: 'espectro-users',
        selfSignUpEnabled: true,
        signInAliases: { email: true },
        autoVerify: { email: true },
        mfa: cognito.Mfa.REQUIRED,
        mfaSecondFactor: { otp: true, sms: false },
        passwordPolicy: {
          minLength: 12,
          requireDigits: true,
          requireLowercase: true,
          requireUppercase: true,
          requireSymbols: true,
          tempPasswordValidity: Duration.days(3),
        },
        accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
        featurePlan: cognito.FeaturePlan.PLUS,
        standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
        deletionProtection: true,
        removalPolicy: RemovalPolicy.RETAIN,
      }),
      'cognito',
    );
    this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: `espectro-${this.account}` },
      managedLoginVersion: cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    this.userPoolClient = this.userPool.addClient('Web', {
      userPoolClientName: 'espectro-web',
      generateSecret: true,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        callbackUrls: [`${site}/oidc/callback/`],
        logoutUrls: [`${site}/`],
      },
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.minutes(60),
      idTokenValidity: Duration.minutes(60),
      refreshTokenValidity: Duration.hours(12),
    });

    new CfnOutput(this, 'InputsBucketName', { value: this.inputs.bucketName });
    new CfnOutput(this, 'ResultsBucketName', { value: this.results.bucketName });
    new CfnOutput(this, 'AuroraClusterIdentifier', { value: this.database.clusterIdentifier });
    new CfnOutput(this, 'AuroraWriterEndpoint', { value: this.database.clusterEndpoint.hostname });
    new CfnOutput(this, 'AuroraReaderEndpoint', {
      value: this.database.clusterReadEndpoint.hostname,
    });
    new CfnOutput(this, 'RdsProxyEndpoint', { value: this.proxy.endpoint });
    new CfnOutput(this, 'DatabaseSecretArn', { value: secret.secretArn });
    new CfnOutput(this, 'CacheEndpoint', { value: this.cacheEndpoint });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.userPoolClient.userPoolClientId });
  }
}
