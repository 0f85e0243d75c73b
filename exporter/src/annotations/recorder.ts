/**
 * The exporter's side of automatic annotations: given each new cascade snapshot and the one before it,
 * stores one annotation per status change (one commit for all of them) and wakes the Grafana pusher.
 */
import type { CascadeSnapshot } from '../cascade/types';
import type { Spec } from '../spec/types';
import { statusChangeAnnotations } from './statusChanges';
import type { Annotation, AnnotationDraft } from './types';

export interface RecorderStore {
  addAnnotations(
    drafts: readonly AnnotationDraft[],
    createdAt: number,
    pushToGrafana?: boolean,
  ): Annotation[];
}

export interface RecorderOptions {
  /** Queue the annotations for Grafana. */
  pushToGrafana: boolean;
  /** Called with what was stored (e.g. `pusher.notify()`). */
  onRecorded?: (annotations: Annotation[]) => void;
}

export class StatusChangeRecorder {
  constructor(
    private readonly store: RecorderStore,
    private readonly spec: Spec,
    private readonly options: RecorderOptions,
  ) {}

  /** Stores the status changes from `previous` to `next`; returns them (empty when nothing changed). */
  record(previous: CascadeSnapshot | null, next: CascadeSnapshot): Annotation[] {
    const drafts = statusChangeAnnotations(previous, next, this.spec);
    if (drafts.length === 0) return [];
    const stored = this.store.addAnnotations(drafts, next.at, this.options.pushToGrafana);
    this.options.onRecorded?.(stored);
    return stored;
  }
}
