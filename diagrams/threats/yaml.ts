import type { Json } from './mitigation-types';

const plain = /^[A-Za-z0-9_./@*:-]+$/;
const reserved = /^(true|false|yes|no|on|off|null|~|y|n)$/i;
const numeric = /^[-+]?(\d[\d_]*)?(\.\d+)?([eE][-+]?\d+)?$/;

/** A scalar as YAML: plain when unambiguous, otherwise a JSON string (valid YAML). */
function scalar(value: string | number | boolean | null): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  const safe =
    plain.test(value) &&
    !reserved.test(value) &&
    !numeric.test(value) &&
    !/^[-*@:]/.test(value) &&
    !value.includes(': ') &&
    !value.endsWith(':');
  return safe ? value : JSON.stringify(value);
}

function isEmpty(value: Json): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

function block(value: Json, indent: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item: Json) => {
      if (typeof item === 'object' && item !== null && !isEmpty(item)) {
        const [first = '', ...rest] = block(item, `${indent}  `);
        return [`${indent}- ${first.trimStart()}`, ...rest];
      }
      return [`${indent}- ${inline(item)}`];
    });
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) =>
      typeof item === 'object' && item !== null && !isEmpty(item)
        ? [`${indent}${scalar(key)}:`, ...block(item, `${indent}  `)]
        : [`${indent}${scalar(key)}: ${inline(item)}`],
    );
  }
  return [`${indent}${inline(value)}`];
}

function inline(value: Json): string {
  if (Array.isArray(value)) return '[]';
  if (typeof value === 'object' && value !== null) return '{}';
  return scalar(value);
}

/** Block-style YAML for Kubernetes manifests kept as typed data. */
export function toYaml(value: Json): string {
  return `${block(value, '').join('\n')}\n`;
}
