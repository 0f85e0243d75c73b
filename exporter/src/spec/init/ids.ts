/**
 * Node ids for what `mlhealth init` generates: node ids are lower-case and dotted
 * (`^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$`), while model ids may hold `-` and feature names anything.
 */

/**
 * The node-id prefix of a model id: `-` becomes `_`.
 * @example modelPrefix('credit-risk') // 'credit_risk'
 */
export function modelPrefix(model: string): string {
  return model.replace(/-/g, '_');
}

/**
 * One id segment per name, in order: lower-cased, every run of other characters than `a-z0-9_` turned
 * into `_`, trimmed of `_` at both ends (`feature` when nothing is left), and made unique with `_2`,
 * `_3` … in order of appearance. Complexity O(total length).
 * @example idSegments(['Age', 'age', 'Income (€)', '%']) // ['age', 'age_2', 'income', 'feature']
 */
export function idSegments(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base =
      name
        .toLowerCase()
        .replace(/[^a-z0-9_]+/g, '_')
        .replace(/^_+|_+$/g, '') || 'feature';
    let segment = base;
    for (let n = 2; used.has(segment); n++) segment = `${base}_${n}`;
    used.add(segment);
    return segment;
  });
}
