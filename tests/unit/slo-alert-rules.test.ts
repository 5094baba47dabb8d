/**
 * The alert rules and SLO definitions shown on the SLO page are configuration, typed as text;
 * these tests hold them to the calculator's arithmetic so a threshold on the page cannot drift
 * from the Workbook policy or from the target it claims to serve.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { alertThresholds, workbookPolicies } from '../../src/slo/alerts';
import { budgetFraction } from '../../src/slo/budget';
import { slos } from '../../src/slo/catalogue';
import { codeBlocks, loadYaml } from './support/code-blocks';

const page = 'docs/sre/slos.mdx';
const blocks = codeBlocks(page, readFileSync(join(process.cwd(), page), 'utf8'));

interface Rule {
  readonly record?: string;
  readonly alert?: string;
  readonly expr: string;
  readonly labels?: { readonly severity?: string };
}

const windowMinutes: Record<string, number> = {
  '5m': 5,
  '30m': 30,
  '1h': 60,
  '6h': 360,
  '3d': 4320,
};

/** `slo:x:rate1h > (14.4 * 0.005) and slo:x:rate5m > (14.4 * 0.005)` -> its parts. */
function parseAlert(expr: string) {
  const term = /slo:\w+:rate(\w+) > \(([\d.]+) \* ([\d.]+)\)/g;
  return [...expr.matchAll(term)].map((m) => ({
    window: windowMinutes[m[1]!],
    burn: Number(m[2]),
    budget: Number(m[3]),
  }));
}

test('the upload alert rules use the Workbook windows and the calculator’s thresholds', () => {
  const yaml = blocks.find((b) => b.lang === 'yaml');
  assert.ok(yaml, `${page} has no yaml block`);
  const doc = loadYaml(yaml.code) as { groups: { rules: Rule[] }[] };
  const alerts = doc.groups.flatMap((g) => g.rules).filter((r) => r.alert);
  const expected = alertThresholds(slos.uploadSuccess.targetPercent, slos.uploadSuccess.windowDays);
  assert.equal(alerts.length, expected.length);
  alerts.forEach((rule, i) => {
    const want = expected[i]!;
    const [long, short] = parseAlert(rule.expr);
    assert.ok(long && short, `${rule.alert}: cannot read "${rule.expr}"`);
    assert.deepEqual(
      [long.window, short.window],
      [want.longWindowMinutes, want.shortWindowMinutes],
      `${rule.alert}: windows`,
    );
    for (const part of [long, short]) {
      assert.equal(part.burn, want.burnRate, `${rule.alert}: burn rate`);
      assert.equal(
        part.budget,
        budgetFraction(slos.uploadSuccess.targetPercent),
        `${rule.alert}: budget`,
      );
    }
    assert.equal(rule.labels?.severity, want.severity, `${rule.alert}: severity`);
  });
});

test('every recording rule the alerts read is defined', () => {
  const yaml = blocks.find((b) => b.lang === 'yaml')!;
  const rules = (loadYaml(yaml.code) as { groups: { rules: Rule[] }[] }).groups.flatMap(
    (g) => g.rules,
  );
  const recorded = new Set(rules.map((r) => r.record).filter(Boolean));
  for (const rule of rules.filter((r) => r.alert)) {
    for (const name of rule.expr.match(/slo:\w+:rate\w+/g) ?? []) {
      assert.ok(recorded.has(name), `${rule.alert} reads ${name}, which no rule records`);
    }
  }
});

test('the Application Signals SLO matches the availability target and the alert windows', () => {
  const json = blocks.find((b) => b.lang === 'json');
  assert.ok(json, `${page} has no json block`);
  const slo = JSON.parse(json.code) as {
    Goal: { AttainmentGoal: number; Interval: { RollingInterval: { Duration: number } } };
    BurnRateConfigurations: { LookBackWindowMinutes: number }[];
  };
  assert.equal(slo.Goal.AttainmentGoal, slos.webAvailability.targetPercent);
  assert.equal(slo.Goal.Interval.RollingInterval.Duration, slos.webAvailability.windowDays);
  const windows = new Set(
    workbookPolicies.flatMap((p) => [p.longWindowMinutes, p.longWindowMinutes / 12]),
  );
  assert.deepEqual(
    slo.BurnRateConfigurations.map((c) => c.LookBackWindowMinutes).sort((a, b) => a - b),
    [...windows].sort((a, b) => a - b),
  );
});
