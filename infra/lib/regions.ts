/** Availability zones are named, not looked up: synthesis runs with no AWS account. */
export function zonesOf(region: string): string[] {
  return ['a', 'b', 'c'].map((suffix) => `${region}${suffix}`);
}
