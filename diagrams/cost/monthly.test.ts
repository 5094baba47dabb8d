import assert from 'node:assert/strict';
import { test } from 'node:test';
import { components, type ComponentId } from '../model/components';
import { scaleIds, scales, validateAssumptions, type Assumptions } from './assumptions';
import { coverage } from './coverage';
import { fiveYearStorage } from './five-years';
import { byComponent, hoursPerMonth, monthlyCost, monthlyUsage } from './monthly';
import { sourcedPrices } from './prices';
import { daysPerMonth } from './retention';
import { transitionsPerAnalysis } from './workflow';

const close = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} != ${expected}`);

/** Small numbers that are easy to follow by hand. */
const small: Assumptions = {
  monthlyActiveUsers: 10,
  peakConcurrentUsers: 100,
  samplesPerMonth: 10,
  filesPerSample: 2,
  inputFileMiB: 32,
  resultMiBPerFile: 1,
  analysisMinutesPerFile: 30,
  vCpuPerJob: 2,
  memoryGiBPerJob: 4,
  spotShare: 0.75,
  retriesPerJob: 0,
  uploadPartMiB: 16,
  downloadsPerResult: 1,
  pageMiBPerActiveUser: 1024,
  logIngestGiBPerMonth: 10,
  natGiBPerMonth: 30,
  databaseGiB: 20,
  dbInstanceVCpu: 2,
  baselineClusterVCpu: 6,
  concurrentUsersPerVCpu: 50,
  interfaceEndpoints: 2,
  kmsKeys: 4,
};

const line = (cost: ReturnType<typeof monthlyCost>, component: ComponentId, priceId: string) => {
  const found = cost.lines.find((l) => l.component === component && l.priceId === priceId);
  assert.ok(found, `no ${component}/${priceId} line`);
  return found;
};

test('Step Functions transitions come from the model state machine', () => {
  // ListProteinFiles, RunProteinJobs, Aggregate, AnalysisSucceeded + one AnalyseProtein per file.
  assert.deepEqual(transitionsPerAnalysis(50, 0), { fixed: 4, perFile: 1, total: 54 });
  close(transitionsPerAnalysis(50, 0.1).total, 4 + 55, 'a 10% retry rate adds 5 transitions');
});

test('usage of the small case, worked out by hand', () => {
  const u = monthlyUsage(small);
  assert.equal(u.files, 20);
  assert.equal(u.jobs, 30, '20 protein jobs and 10 aggregations');
  close(u.batchVCpuHours, (30 * 30 * 2) / 60, '30 jobs × 0.5 h × 2 vCPU');
  assert.equal(u.clusterVCpu, 8, '6 baseline + 100 users / 50 per vCPU');
  assert.equal(u.transitions, 10 * (4 + 2));
  assert.equal(
    u.inputPutRequests,
    20 * (2 + 2) + 10,
    '2 parts + create + complete, and a LIST per analysis',
  );
  assert.equal(u.inputGetRequests, 40);
  assert.equal(u.resultPutRequests, 30);
  assert.equal(u.resultGetRequests, 40);
  close(u.inputGb, 0.625, '20 × 32 MiB');
});

test('sourced lines of the small case, worked out by hand', () => {
  const cost = monthlyCost(small);
  close(line(cost, 'eksControlPlane', 'eksClusterHour').monthlyUsd!, 73, '730 h × $0.10');
  close(
    line(cost, 'stepFunctions', 'stepFunctionsTransitionSaEast').monthlyUsd!,
    60 * 0.0000375,
    'transitions',
  );
  close(line(cost, 'inputsBucket', 's3PutSaEast').monthlyUsd!, 90 * 0.000007, 'PUT requests');
  close(line(cost, 'resultsBucket', 's3GetSaEast').monthlyUsd!, 40 * 0.00000056, 'GET requests');
  close(
    line(cost, 'resultsBucket', 'internetEgressSaEast').monthlyUsd!,
    (20 / 1024) * 0.15,
    'downloads',
  );
  close(
    line(cost, 'cloudfront', 'cloudfrontSouthAmerica').monthlyUsd!,
    10 * 0.11,
    '10 users × 1 GB',
  );
  close(line(cost, 'kms', 'kmsKeyMonth').monthlyUsd!, 4, '4 keys');
  close(line(cost, 'cloudwatch', 'cloudwatchLogsIngestSaEast').monthlyUsd!, 9, '10 GB × $0.90');
  // Inputs at steady state: 0.625 GB a month spends 30 days in Standard.
  close(
    line(cost, 'inputsBucket', 's3StandardSaEast').monthlyUsd!,
    ((0.625 * 30) / daysPerMonth) * 0.0405,
    'inputs in Standard',
  );
  const expected = cost.lines
    .filter((l) => l.origin === 'sourced')
    .reduce((s, l) => s + l.monthlyUsd!, 0);
  close(cost.sourcedUsd, expected, 'the sourced total adds up its lines');
  close(cost.totalUsd, cost.sourcedUsd, 'no reader price, no reader lines');
});

test('unverified prices stay out of the total until the reader types them', () => {
  const without = monthlyCost(small);
  const nat = line(without, 'natA', 'natGatewayHour');
  assert.equal(nat.origin, 'missing');
  assert.equal(nat.monthlyUsd, null);
  assert.equal(nat.quantity, hoursPerMonth);
  assert.ok(without.missing.some((l) => l.priceId === 'auroraInstanceHour'));

  const withPrices = monthlyCost(small, { natGatewayHour: 0.1, ec2SpotVCpuHour: 0.02 });
  close(
    withPrices.readerUsd,
    3 * 730 * 0.1 + 30 * 0.75 * 0.02,
    'three NAT gateways and the Spot vCPU-hours',
  );
  close(withPrices.totalUsd, withPrices.sourcedUsd + withPrices.readerUsd, 'total');
  assert.equal(line(withPrices, 'natB', 'natGatewayHour').origin, 'reader');
  assert.throws(() => monthlyCost(small, { natGatewayGb: -1 }), /natGatewayGb/);
});

test('more work never costs less (monotonicity)', () => {
  const keys = [
    'monthlyActiveUsers',
    'samplesPerMonth',
    'filesPerSample',
    'inputFileMiB',
    'resultMiBPerFile',
    'downloadsPerResult',
    'logIngestGiBPerMonth',
  ] as const;
  const everyPrice = {
    ec2OnDemandVCpuHour: 0.05,
    ec2SpotVCpuHour: 0.02,
    natGatewayGb: 0.05,
    s3StandardIaSaEast: 0.02,
    s3GlacierIrSaEast: 0.01,
    interRegionTransferSaEast: 0.1,
    cognitoMau: 0.01,
  };
  for (const key of keys) {
    let previous = -1;
    for (const factor of [1, 2, 5, 10]) {
      const value = small[key] * factor;
      const total = monthlyCost({ ...small, [key]: value }, everyPrice).totalUsd;
      assert.ok(total >= previous, `${key} × ${factor} lowered the total`);
      previous = total;
    }
  }
  // Moving vCPU-hours to a cheaper Spot price lowers the bill; the vCPU-hours themselves do not change.
  const spot = (share: number) => monthlyCost({ ...small, spotShare: share }, everyPrice);
  assert.ok(spot(0.9).totalUsd < spot(0.1).totalUsd, 'more Spot, lower bill');
  const hours = (share: number) =>
    spot(share)
      .lines.filter((l) => l.component === 'batchSpot' || l.component === 'batchOnDemand')
      .reduce((s, l) => s + l.quantity, 0);
  close(hours(0.9), hours(0.1), 'Spot share moves hours, it does not remove them');
});

test('the three scales are valid and ordered', () => {
  const totals = scaleIds.map((id) => monthlyCost(scales[id].assumptions).sourcedUsd);
  assert.ok(totals[0]! < totals[1]! && totals[1]! < totals[2]!, `totals ${totals.join(' < ')}`);
  for (const id of scaleIds) validateAssumptions(scales[id].assumptions);
});

test('every component of the model is priced, runs on the nodes, or is listed as not modelled', () => {
  const priced = new Set(monthlyCost(scales.typical.assumptions).lines.map((l) => l.component));
  for (const id of Object.keys(components) as ComponentId[]) {
    const kind = coverage[id].kind;
    if (kind === 'priced') assert.ok(priced.has(id), `${id} is marked priced but has no line item`);
    else assert.ok(!priced.has(id), `${id} has line items but is marked ${kind}`);
  }
  assert.deepEqual(Object.keys(coverage).sort(), Object.keys(components).sort());
});

test('byComponent sums lines per component and puts unpriced ones last', () => {
  const rows = byComponent(monthlyCost(small));
  const eks = rows.find((r) => r.component === 'eksControlPlane');
  close(eks!.usd!, 73, 'EKS');
  assert.equal(rows.at(-1)!.usd, null);
  const firstNull = rows.findIndex((r) => r.usd === null);
  assert.ok(rows.slice(firstNull).every((r) => r.usd === null));
});

test('five-year storage: the replica is fully priced, the primary only where a price is sourced', () => {
  const f = fiveYearStorage(small);
  assert.deepEqual(Object.keys(f.replica.unpricedGbMonths), []);
  assert.deepEqual(Object.keys(f.inputs.unpricedGbMonths), ['STANDARD_IA']);
  assert.deepEqual(Object.keys(f.results.unpricedGbMonths).sort(), ['GLACIER_IR', 'STANDARD_IA']);
  assert.equal(f.results.months.length, 60);
  const typed = fiveYearStorage(small, { s3StandardIaSaEast: 0.02, s3GlacierIrSaEast: 0.01 });
  assert.deepEqual(typed.results.unpricedGbMonths, {});
  assert.ok(typed.results.pricedUsd > f.results.pricedUsd);
  assert.ok(
    typed.results.pricedUsd < typed.results.allStandardUsd,
    'colder classes cost less than Standard',
  );
  close(
    f.replica.allStandardUsd,
    f.replica.months.reduce((s, m) => s + m.totalGbMonths, 0) * sourcedPrices.s3StandardUsEast.usd,
    'upper bound',
  );
});
