/**
 * The dependency graph of a spec and its single points of failure. Semantics: `docs/whatif.md`
 * ("Dependency risk").
 */
import type { ScenarioChange } from '../spec/types';
import type { ImpactDelta } from '../whatif/types';

/**
 * What a vertex is. Raw inputs that can fail (`promql_source`, `events`, `reference`, `labels`,
 * `governance`) and `feature`s are the candidates for single points of failure; `model` is the model-level
 * part of a model's events (predictions, confidence, latency, errors); the rest are cascade nodes.
 */
export type VertexKind =
  | 'promql_source'
  | 'events'
  | 'reference'
  | 'labels'
  | 'governance'
  | 'feature'
  | 'model'
  | 'base'
  | 'component'
  | 'business';

export interface DependencyVertex {
  /** `promql:<source>`, `events:<model>`, `reference:<model>`, `labels:<model>`, `governance:<model>`, `feature:<model>.<feature>`, `model:<model>`, or a node id. */
  id: string;
  kind: VertexKind;
  label: string;
}

/** Data flows `from` → `to`: raw input → feature/model → base node → parent; or a source → the business node whose exposure it reads. */
export interface DependencyEdge {
  from: string;
  to: string;
  kind: 'data' | 'child' | 'exposure';
}

export interface DependencyGraph {
  vertices: DependencyVertex[];
  edges: DependencyEdge[];
}

/** What the loss of one raw input or feature reaches, from the spec alone. */
export interface FailureReach {
  id: string;
  kind: VertexKind;
  label: string;
  /** Base nodes that lose their value (spec order). */
  failed_nodes: string[];
  /** Business outcomes reached: through a failed node beneath them or their exposure (spec order). */
  reaches: string[];
  /** Business outcomes every one of whose base nodes is lost: the input is on every path to them. */
  cuts_all_paths_to: string[];
  /** Business outcomes whose exposure is read from this input. */
  exposure_of: string[];
  /** Feeds two or more outcomes: a shared dependency, reported, but not by itself a single point. */
  shared: boolean;
  /** Takes down an outcome no other input path keeps alive: it cuts every path to it, or is its exposure. */
  single_point_of_failure: boolean;
}

/** A single point of failure with its simulated business impact. */
export interface SinglePointOfFailure extends FailureReach {
  /** The scenario changes that simulate its loss (reproducible with `POST /api/v1/scenarios`). */
  changes: ScenarioChange[];
  /** Impact per business node, live versus the loss priced at worst case (failed nodes at score 0). */
  impacts: ImpactDelta[];
  /** Business outcomes that go `unknown` when it fails, as live data would show it. */
  unknown_if_failed: string[];
}

export interface DependencyReport {
  at: number;
  spec: { name: string; version: string };
  graph: DependencyGraph;
  /** Every raw input and feature that feeds a node, with its reach. */
  candidates: FailureReach[];
  /** The candidates that cut every path to an outcome (or read its exposure), most reaching first. */
  single_points_of_failure: SinglePointOfFailure[];
  /** Ids of the inputs shared by two or more outcomes that are not single points of failure. */
  shared_inputs: string[];
}
