// js-yaml ships no types and is present only as a dependency of Docusaurus; this is the one call the tests use.
declare module 'js-yaml' {
  export function loadAll(text: string): unknown[];
}
