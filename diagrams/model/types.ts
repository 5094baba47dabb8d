import type { Service } from './services';
import type { Text } from './text';

export type GroupKind =
  'cloud' | 'account' | 'region' | 'global' | 'vpc' | 'az' | 'subnet' | 'cluster' | 'boundary';

export type SubnetTier = 'public' | 'private-app' | 'private-data';

/** Where components live. `parent` is another group's id; the compiler checks it (groups.ts). */
export interface GroupDef<G extends string = string> {
  readonly kind: GroupKind;
  readonly label: Text;
  readonly parent?: G;
  readonly tier?: SubnetTier;
  /** Address range of a VPC or subnet; the IaC allocates exactly this range. */
  readonly cidr?: string;
}

export type ComponentKind = 'actor' | 'aws' | 'k8s' | 'external';

export type Layer =
  | 'actor'
  | 'edge'
  | 'identity'
  | 'network'
  | 'web'
  | 'api'
  | 'data'
  | 'storage'
  | 'pipeline'
  | 'security'
  | 'observability'
  | 'delivery'
  | 'governance';

export type Availability = 'global' | 'regional' | 'multi-az' | 'single-az' | 'n/a';

export type Classification = 'personal' | 'confidential' | 'internal';

export type StorageClass =
  'STANDARD' | 'INTELLIGENT_TIERING' | 'STANDARD_IA' | 'GLACIER_IR' | 'GLACIER' | 'DEEP_ARCHIVE';

export interface LifecycleDef {
  /** Storage class on upload, then transitions by object age in days. */
  readonly initialClass: StorageClass;
  readonly transitions: readonly { readonly afterDays: number; readonly to: StorageClass }[];
  /** Current versions expire after this many days. */
  readonly expireAfterDays: number;
  readonly noncurrentExpireAfterDays?: number;
  readonly abortIncompleteMultipartAfterDays?: number;
  readonly objectLock?: { readonly mode: 'GOVERNANCE' | 'COMPLIANCE'; readonly days: number };
}

/** Present on every component that stores data; policy rules read it. */
export interface DataDef {
  readonly classification: Classification;
  readonly encryptedAtRest: 'sse-kms' | 'kms' | 'aws-owned' | 'none';
  readonly retention: Text;
  /** Minimum retention the brief demands, in days; checked against the lifecycle. */
  readonly requiredRetentionDays?: number;
  readonly lifecycle?: LifecycleDef;
}

export interface ComponentDef<G extends string = string> {
  readonly kind: ComponentKind;
  readonly service: Service;
  readonly label: Text;
  readonly group?: G;
  readonly layer: Layer;
  readonly availability: Availability;
  readonly summary: Text;
  readonly data?: DataDef;
  /**
   * Reachable from the internet: `public` endpoints of ours must sit behind WAF and TLS;
   * `aws-managed` endpoints (S3, CodeCommit, IAM Identity Center) only take signed requests.
   */
  readonly internetFacing?: 'public' | 'aws-managed';
  /** Has an AWS WAF web ACL associated. */
  readonly wafProtected?: boolean;
  /** Doc page (site path without locale and without `/docs`) and anchor; default: the component reference. */
  readonly doc?: { readonly page: string; readonly anchor: string };
}

export type Protocol =
  | 'HTTPS'
  | 'DNS'
  | 'OIDC'
  | 'PostgreSQL/TLS'
  | 'Redis/TLS'
  | 'AWS API'
  | 'S3 API'
  | 'Event'
  | 'Logs/Metrics'
  | 'Git'
  | 'Replication';

export interface ConnectionDef<C extends string = string> {
  readonly from: C;
  readonly to: C;
  readonly label: Text;
  readonly protocol: Protocol;
  readonly encrypted: boolean;
  readonly mode: 'sync' | 'async';
}

export interface FlowStepDef<C extends string = string> {
  readonly from: C;
  readonly to: C;
  readonly message: Text;
  /** A reply arrow (dashed) rather than a call. */
  readonly reply?: boolean;
  readonly note?: Text;
}

export interface FlowDef<C extends string = string> {
  readonly title: Text;
  readonly participants: readonly C[];
  readonly steps: readonly FlowStepDef<C>[];
}

export type StateType = 'Task' | 'Map' | 'Choice' | 'Pass' | 'Succeed' | 'Fail' | 'Wait';

export interface StateDef<S extends string = string, C extends string = string> {
  readonly type: StateType;
  readonly label: Text;
  /** The component whose API the state calls, for Task and Map states. */
  readonly resource?: C;
  readonly next?: S;
  readonly choices?: readonly { readonly when: Text; readonly next: S }[];
  readonly catchTo?: S;
  readonly retry?: Text;
  /** States run per item inside a Map state. */
  readonly iterator?: readonly S[];
}

export interface StateMachineDef<S extends string = string, C extends string = string> {
  readonly title: Text;
  readonly startAt: S;
  readonly states: { readonly [K in S]: StateDef<S, C> };
}

interface ViewBase {
  readonly title: Text;
  readonly description: Text;
}

export interface FlowchartViewDef<
  C extends string = string,
  G extends string = string,
> extends ViewBase {
  readonly kind: 'flowchart';
  readonly direction: 'LR' | 'TB';
  readonly components: readonly C[];
  /** Groups drawn as a single node standing for everything inside them. */
  readonly collapse?: readonly G[];
  /** Groups not drawn as boxes (their members stay, flattened into the parent box). */
  readonly flatten?: readonly G[];
  /** Connections with these protocols are left out, to keep the view on its story. */
  readonly hideProtocols?: readonly Protocol[];
  /**
   * Edge labels double a large view's width; views over ~15 nodes drop them (each connection's
   * label stays in the component reference). Default: shown.
   */
  readonly edgeLabels?: boolean;
  /** Invisible edges that only order the layout, e.g. public above app above data subnets. */
  readonly layoutHints?: readonly (readonly [C, C])[];
}

export interface SequenceViewDef<F extends string = string> extends ViewBase {
  readonly kind: 'sequence';
  readonly flow: F;
}

export interface StateViewDef extends ViewBase {
  readonly kind: 'state';
  readonly machine: 'analysis';
}

export interface LifecycleViewDef<C extends string = string> extends ViewBase {
  readonly kind: 'lifecycle';
  readonly buckets: readonly C[];
}

export type ViewDef<
  C extends string = string,
  G extends string = string,
  F extends string = string,
> = FlowchartViewDef<C, G> | SequenceViewDef<F> | StateViewDef | LifecycleViewDef<C>;
