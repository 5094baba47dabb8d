/**
 * Registers the AWS icon pack with Mermaid once per page load. Both the pack and Mermaid stay
 * behind dynamic imports, so pages without diagrams never download either.
 */
let registration: Promise<void> | undefined;

export function registerAwsIcons(): Promise<void> {
  registration ??= Promise.all([
    import('mermaid'),
    import('@site/src/generated/aws-icons.json'),
  ]).then(([{ default: mermaid }, pack]) => {
    mermaid.registerIconPacks([{ name: 'aws', icons: pack.default ?? pack }]);
  });
  return registration;
}
