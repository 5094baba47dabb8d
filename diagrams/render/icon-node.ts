import type { Service } from '../model/services';
import { escapeLabel } from './escape';

/** A Mermaid icon-shape node; the `aws` pack is registered before rendering. */
export function iconNodeLine(nodeId: string, service: Service, label: string): string {
  return `${nodeId}@{ icon: "aws:${service}", form: "square", label: "${escapeLabel(label)}", pos: "b", h: 40 }`;
}
