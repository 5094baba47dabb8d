import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig, requireAlbDnsName } from '../lib/config';
import { exampleConfig } from './support/synth';

const from = (values: Record<string, string>) => (key: string) => values[key];

describe('configuration from CDK context', () => {
  it('reads the example file with the region defaults', () => {
    assert.equal(exampleConfig.primaryRegion, 'sa-east-1');
    assert.equal(exampleConfig.drRegion, 'us-east-1');
  });

  it('single -c keys win over the file', () => {
    const config = loadConfig(
      from({ config: 'config/example.json', imageTag: '2.0.1' }),
      `${__dirname}/..`,
    );
    assert.equal(config.imageTag, '2.0.1');
  });

  it('a missing key is an error naming it', () => {
    assert.throws(
      () => loadConfig(from({}), __dirname),
      /missing configuration "productionAccount"/,
    );
  });

  it('a malformed key is an error naming it and its value', () => {
    assert.throws(
      () =>
        loadConfig(
          from({ config: 'config/example.json', securityAccount: '12345' }),
          `${__dirname}/..`,
        ),
      /"securityAccount" is "12345", expected a 12-digit AWS account id/,
    );
  });

  it('the Edge stack alone needs the ALB name, and says how to get it', () => {
    const { albDnsName: _omit, ...withoutAlb } = exampleConfig;
    assert.throws(
      () => requireAlbDnsName(withoutAlb),
      /albDnsName.*kubectl -n espectro get ingress espectro/,
    );
  });
});
