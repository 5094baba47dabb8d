import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type { Construct, IConstruct } from 'constructs';

/** CloudWatch Logs encrypts a log group with a customer key only if the key policy lets it. */
export function allowLogsService(key: kms.Key, scope: IConstruct): void {
  const stack = Stack.of(scope);
  key.addToResourcePolicy(
    new iam.PolicyStatement({
      sid: 'CloudWatchLogsInThisAccount',
      principals: [new iam.ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
      actions: [
        'kms:Encrypt*',
        'kms:Decrypt*',
        'kms:ReEncrypt*',
        'kms:GenerateDataKey*',
        'kms:Describe*',
      ],
      resources: ['*'],
      conditions: {
        ArnLike: {
          'kms:EncryptionContext:aws:logs:arn': `arn:${stack.partition}:logs:${stack.region}:${stack.account}:log-group:*`,
        },
      },
    }),
  );
}

/**
 * A key of another stack, seen by ARN: grants then land in the grantee's IAM policy (the key
 * policy already trusts the account), never in the key policy, which would make the key's stack
 * depend on every stack that uses it.
 */
export function useKey(scope: Construct, id: string, key: kms.IKey): kms.IKey {
  return kms.Key.fromKeyArn(scope, id, key.keyArn);
}
