import type { ReactNode } from 'react';

interface Fact {
  value: string;
  label: string;
}

/** The brief's hard numbers, side by side, so a reviewer sees them before anything else. */
export default function Facts({ items }: { items: Fact[] }): ReactNode {
  return (
    <ul className="landing-facts">
      {items.map((fact) => (
        <li key={fact.label} className="landing-facts__item">
          <span className="landing-facts__value">{fact.value}</span>
          <span className="landing-facts__label">{fact.label}</span>
        </li>
      ))}
    </ul>
  );
}
