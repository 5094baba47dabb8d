/**
 * The worked postmortem's prose makes two claims about numbers it does not type: the incident
 * crossed the 20% budget share that makes a postmortem mandatory (the error-budget policy on the
 * SLO page), and no SLO missed its target over the window. These tests keep the data honest.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { budgetSpentByEvents, burnRate } from '../../src/slo/budget';
import { slos } from '../../src/slo/catalogue';
import { incidentImpact } from '../../src/slo/incident';

const spent = (row: (typeof incidentImpact)[number]) =>
  budgetSpentByEvents(slos[row.slo].targetPercent, row.badEvents, row.windowEvents);

test('availability crossed the 20% that makes a postmortem mandatory', () => {
  const availability = incidentImpact.find((r) => r.slo === 'webAvailability');
  assert.ok(availability);
  assert.ok(spent(availability) > 0.2, `spent ${spent(availability)}`);
  // 6,318 / (25,920,000 × 0.001) = 0.24375.
  assert.equal(spent(availability), 0.24375);
});

test('no SLO missed its target over the window', () => {
  for (const row of incidentImpact) assert.ok(spent(row) < 1, `${row.slo}: ${spent(row)}`);
});

test('the incident burned well above the fast-burn threshold of 14.4 on availability', () => {
  const row = incidentImpact.find((r) => r.slo === 'webAvailability')!;
  // 6,318 bad of 14,040 = 45% bad against a 0.1% budget: 450×.
  assert.equal(burnRate(99.9, (row.badEvents / row.incidentEvents) * 100), 450);
});

test('counts are consistent: bad within the incident, incident within the window', () => {
  for (const row of incidentImpact) {
    assert.ok(row.badEvents <= row.incidentEvents, row.slo);
    assert.ok(row.incidentEvents <= row.windowEvents, row.slo);
  }
});
