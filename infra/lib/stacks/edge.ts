import { CfnOutput, Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as cwlogs from 'aws-cdk-lib/aws-logs';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as r53targets from 'aws-cdk-lib/aws-route53-targets';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { logsLifecycle } from '../../../diagrams/model/lifecycles';
import { lifecycleRules } from '../buckets';
import { requireAlbDnsName } from '../config';
import { EspectroStack, type EspectroStackProps } from '../espectro-stack';
import { allowLogsService } from '../keys';
import { availabilitySlo, burnRateWindows } from '../slo';
import { realise } from '../topology';
import { webAclRules } from '../waf';

/**
 * Phase "edge", in us-east-1 because CloudFront takes its certificate and web ACL from there:
 * the distribution in front of the ALB origin, global WAF, DNS records, a health check, and the
 * availability SLO burn-rate alarms on CloudFront's own error rate.
 */
export class EdgeStack extends EspectroStack {
  constructor(scope: Construct, id: string, props: EspectroStackProps) {
    super(scope, id, props);
    const { config } = props;
    const albDnsName = requireAlbDnsName(config);
    const originName = `origin.${config.domainName}`;

    const zone = route53.HostedZone.fromHostedZoneAttributes(this, 'Zone', {
      hostedZoneId: config.hostedZoneId,
      zoneName: config.domainName,
    });
    const certificate = realise(
      new acm.Certificate(this, 'Certificate', {
        domainName: config.domainName,
        validation: acm.CertificateValidation.fromDns(zone),
      }),
      'acm',
    );
    const webAcl = realise(
      new wafv2.CfnWebACL(this, 'EdgeWebAcl', {
        name: 'espectro-edge',
        scope: 'CLOUDFRONT',
        defaultAction: { allow: {} },
        rules: webAclRules('edge'),
        visibilityConfig: {
          cloudWatchMetricsEnabled: true,
          metricName: 'espectro-edge',
          sampledRequestsEnabled: true,
        },
      }),
      'waf',
    );

    const wafKey = realise(
      new kms.Key(this, 'WafLogsKey', {
        alias: 'alias/espectro/waf-edge-logs',
        description: 'Encrypts the edge web ACL log group',
        enableKeyRotation: true,
        removalPolicy: RemovalPolicy.RETAIN,
      }),
      'kms',
    );
    allowLogsService(wafKey, this);
    const wafLogs = realise(
      new cwlogs.LogGroup(this, 'WafLogs', {
        logGroupName: 'aws-waf-logs-espectro-edge',
        retention: cwlogs.RetentionDays.ONE_YEAR,
        encryptionKey: wafKey,
        removalPolicy: RemovalPolicy.RETAIN,
      }),
      'cloudwatch',
    );
    realise(
      new wafv2.CfnLoggingConfiguration(this, 'EdgeWebAclLogging', {
        resourceArn: webAcl.attrArn,
        logDestinationConfigs: [wafLogs.logGroupArn],
      }),
      'waf',
    );

    const logs = new s3.Bucket(this, 'AccessLogs', {
      bucketName: `espectro-cloudfront-logs-${this.account}-${this.region}`,
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      // CloudFront standard logs are written with an ACL, so ACLs must stay enabled here.
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: lifecycleRules(logsLifecycle),
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const origin = new origins.HttpOrigin(originName, {
      protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
      readTimeout: Duration.seconds(60),
    });
    const distribution = realise(
      new cloudfront.Distribution(this, 'Distribution', {
        comment: 'Espectro: the single HTTPS entry',
        domainNames: [config.domainName],
        certificate,
        minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
        httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
        priceClass: cloudfront.PriceClass.PRICE_CLASS_ALL,
        webAclId: webAcl.attrArn,
        enableLogging: true,
        logBucket: logs,
        logFilePrefix: 'cloudfront/',
        defaultBehavior: {
          origin,
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
          cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
          originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER,
          responseHeadersPolicy: cloudfront.ResponseHeadersPolicy.SECURITY_HEADERS,
        },
        additionalBehaviors: {
          '/static/*': {
            origin,
            viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
            cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
            responseHeadersPolicy: cloudfront.ResponseHeadersPolicy.SECURITY_HEADERS,
          },
        },
      }),
      'cloudfront',
    );

    const target = route53.RecordTarget.fromAlias(new r53targets.CloudFrontTarget(distribution));
    realise(
      new route53.ARecord(this, 'SiteA', { zone, recordName: config.domainName, target }),
      'route53',
    );
    realise(
      new route53.AaaaRecord(this, 'SiteAaaa', { zone, recordName: config.domainName, target }),
      'route53',
    );
    realise(
      new route53.CnameRecord(this, 'Origin', {
        zone,
        recordName: originName,
        domainName: albDnsName,
        ttl: Duration.minutes(5),
      }),
      'route53',
    );
    realise(
      new route53.CfnHealthCheck(this, 'SiteHealth', {
        healthCheckConfig: {
          type: 'HTTPS',
          fullyQualifiedDomainName: config.domainName,
          resourcePath: '/healthz/ready',
          port: 443,
          requestInterval: 30,
          failureThreshold: 3,
          enableSni: true,
        },
      }),
      'route53',
    );

    const topicKey = realise(
      new kms.Key(this, 'AlertsKey', {
        alias: 'alias/espectro/alerts-edge',
        description: 'Encrypts the edge alert topic',
        enableKeyRotation: true,
        removalPolicy: RemovalPolicy.RETAIN,
      }),
      'kms',
    );
    const topic = realise(
      new sns.Topic(this, 'Alerts', {
        topicName: 'espectro-alerts-edge',
        masterKey: topicKey,
        enforceSSL: true,
      }),
      'sns',
    );
    topic.addSubscription(new subscriptions.EmailSubscription(config.alertEmail));
    topicKey.grantEncryptDecrypt(new iam.ServicePrincipal('cloudwatch.amazonaws.com'));

    // CloudFront publishes 5xxErrorRate (a percentage) in us-east-1 with Region=Global.
    const errorRate = (window: Duration) =>
      new cloudwatch.Metric({
        namespace: 'AWS/CloudFront',
        metricName: '5xxErrorRate',
        dimensionsMap: { DistributionId: distribution.distributionId, Region: 'Global' },
        statistic: 'Average',
        period: window,
      });
    const budgetPercent = (1 - availabilitySlo.target) * 100;
    for (const w of burnRateWindows) {
      const alarm = (suffix: string, window: Duration) =>
        realise(
          new cloudwatch.Alarm(this, `Burn${w.name}${suffix}`, {
            alarmName: `espectro-availability-burn-${w.name}-${suffix.toLowerCase()}`,
            metric: errorRate(window),
            threshold: w.burnRate * budgetPercent,
            comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
            evaluationPeriods: 1,
            treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
          }),
          'cloudwatch',
        );
      const composite = realise(
        new cloudwatch.CompositeAlarm(this, `Burn${w.name}`, {
          compositeAlarmName: `espectro-availability-burn-${w.name}`,
          alarmDescription: `Availability SLO ${availabilitySlo.target * 100}%: error budget burning ${w.burnRate}x over ${w.long.toHours()}h and ${w.short.toMinutes()}min`,
          alarmRule: cloudwatch.AlarmRule.allOf(alarm('Long', w.long), alarm('Short', w.short)),
        }),
        'cloudwatch',
      );
      composite.addAlarmAction(new cwActions.SnsAction(topic));
    }

    new CfnOutput(this, 'DistributionId', { value: distribution.distributionId });
    new CfnOutput(this, 'DistributionDomainName', { value: distribution.distributionDomainName });
    new CfnOutput(this, 'SiteUrl', { value: `https://${config.domainName}` });
    new CfnOutput(this, 'EdgeWebAclArn', { value: webAcl.attrArn });
  }
}
