import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';

interface HeroProps {
  title: string;
  tagline: string;
  primary: { label: string; to: string };
  secondary: { label: string; to: string };
}

export default function Hero({ title, tagline, primary, secondary }: HeroProps): ReactNode {
  return (
    <header className="landing-hero">
      <h1 className="landing-hero__title">{title}</h1>
      <p className="landing-hero__tagline">{tagline}</p>
      <div className="landing-hero__actions">
        <Link className="button button--primary button--lg" to={primary.to}>
          {primary.label}
        </Link>
        <Link className="button button--secondary button--lg" to={secondary.to}>
          {secondary.label}
        </Link>
      </div>
    </header>
  );
}
