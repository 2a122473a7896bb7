// L2-regularized logistic regression over sparse named features, fitted by Newton's method (IRLS)
// on a dense copy: a few thousand events and a few hundred features solve in well under a second,
// deterministically. Written here rather than taken from npm because training is this one loop and
// the shipped model is a plain table of weights (see packages/graph/src/confidence/model.ts).

/** One training example. */
export interface Example {
  features: Map<string, number>;
  /** 1: the scorer counts it right; 0: wrong. */
  label: 0 | 1;
}

/** Options of `fit`. */
export interface FitOptions {
  /** L2 penalty on every weight but the bias. */
  lambda: number;
  iterations: number;
}

/** Default fit options. */
export const DEFAULT_FIT_OPTIONS: FitOptions = { lambda: 1, iterations: 25 };

/**
 * Fits weights for the names in `vocabulary` ("bias" first); other features are ignored.
 * @example fit(examples, ["bias", "type:visit"], { lambda: 1 }) // { bias: 1.2, "type:visit": -0.3 }
 */
export function fit(examples: Example[], vocabulary: string[], options: Partial<FitOptions> = {}): Record<string, number> {
  const { lambda, iterations } = { ...DEFAULT_FIT_OPTIONS, ...options };
  const n = vocabulary.length;
  const index = new Map(vocabulary.map((name, i) => [name, i]));
  const rows = examples.map((ex) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [name, v] of ex.features) {
      const i = index.get(name);
      if (i !== undefined && v) {
        idx.push(i);
        val.push(v);
      }
    }
    return { idx, val, y: ex.label };
  });
  const w = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    const grad = new Float64Array(n);
    const hess = Array.from({ length: n }, () => new Float64Array(n));
    for (const r of rows) {
      let z = 0;
      for (let k = 0; k < r.idx.length; k++) z += w[r.idx[k]!]! * r.val[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const s = p * (1 - p);
      for (let a = 0; a < r.idx.length; a++) {
        const ia = r.idx[a]!;
        const va = r.val[a]!;
        grad[ia]! += (p - r.y) * va;
        const row = hess[ia]!;
        for (let b = 0; b < r.idx.length; b++) row[r.idx[b]!]! += s * va * r.val[b]!;
      }
    }
    for (let i = 1; i < n; i++) {
      grad[i]! += lambda * w[i]!;
      hess[i]![i]! += lambda;
    }
    hess[0]![0]! += 1e-6;
    const step = solve(hess, grad);
    let moved = 0;
    for (let i = 0; i < n; i++) {
      w[i]! -= step[i]!;
      moved = Math.max(moved, Math.abs(step[i]!));
    }
    if (moved < 1e-7) break;
  }
  return Object.fromEntries(vocabulary.map((name, i) => [name, w[i]!]));
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is symmetric positive definite here). */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const m = a.map((row, i) => {
    const r = new Float64Array(n + 1);
    r.set(row);
    r[n] = b[i]!;
    return r;
  });
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const d = m[c]![c]!;
    if (Math.abs(d) < 1e-12) continue;
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / d;
      if (!f) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Float64Array(n);
  for (let c = n - 1; c >= 0; c--) {
    let s = m[c]![n]!;
    for (let k = c + 1; k < n; k++) s -= m[c]![k]! * x[k]!;
    const d = m[c]![c]!;
    x[c] = Math.abs(d) < 1e-12 ? 0 : s / d;
  }
  return x;
}
