/**
 * Late ground truth. Predictions with an `id` are remembered (`pendingPredictions.ts`) until their
 * label arrives; a joined pair goes into a window ring of label buckets, by join time (duration
 * windows) or join order (count windows), where realized performance is computed.
 */
import type { LabelRecord } from './events';

/** Confusion and error sums of the labeled pairs in one bucket. */
export class LabelBucket {
  index = -1;
  n = 0;
  correct = 0;
  tp = 0;
  fp = 0;
  tn = 0;
  fn = 0;
  /** Regression pairs (both numeric). */
  numeric = 0;
  absError = 0;
  squaredError = 0;
  lastAt = -Infinity;

  reset(index: number): void {
    this.index = index;
    this.n = this.correct = this.tp = this.fp = this.tn = this.fn = 0;
    this.numeric = this.absError = this.squaredError = 0;
    this.lastAt = -Infinity;
  }

  /** Adds one joined pair; `positive` is the model's positive class (classification) or null. */
  add(label: LabelRecord['label'], prediction: number | string, positive: string | null, at: number): void {
    this.n++;
    this.lastAt = Math.max(this.lastAt, at);
    if (typeof label === 'number' && typeof prediction === 'number') {
      this.numeric++;
      this.absError += Math.abs(prediction - label);
      this.squaredError += (prediction - label) ** 2;
    }
    const truth = String(label);
    const predicted = String(prediction);
    if (truth === predicted) this.correct++;
    if (positive === null) return;
    if (predicted === positive) {
      if (truth === positive) this.tp++;
      else this.fp++;
    } else if (truth === positive) this.fn++;
    else this.tn++;
  }

  mergeFrom(o: LabelBucket): void {
    this.n += o.n;
    this.correct += o.correct;
    this.tp += o.tp;
    this.fp += o.fp;
    this.tn += o.tn;
    this.fn += o.fn;
    this.numeric += o.numeric;
    this.absError += o.absError;
    this.squaredError += o.squaredError;
    this.lastAt = Math.max(this.lastAt, o.lastAt);
  }
}
