/** One line of a diff: kept, added in the newer text, or removed from the older. */
export interface DiffLine {
  op: "equal" | "insert" | "delete";
  text: string;
  /** 1-based line numbers in the older and newer text (null where the line does not exist). */
  oldNumber: number | null;
  newNumber: number | null;
}

/** Past this many edits the middle is shown as removed-then-added instead of aligned. */
const MAX_EDITS = 2_000;

export function splitLines(text: string): string[] {
  if (text === "") return [];
  return text.replace(/\r\n?/g, "\n").split("\n");
}

/**
 * A line diff of two texts (Myers' O(ND) algorithm, shortest edit script), for revision
 * history. The common head and tail are matched first, so a small edit in a long article is
 * cheap; a pathological pair degrades to "all removed, all added" rather than using much memory.
 */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail += 1;
  }
  const ops = middleOps(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  const script: ("equal" | "insert" | "delete")[] = [
    ...Array<"equal">(head).fill("equal"),
    ...ops,
    ...Array<"equal">(tail).fill("equal"),
  ];
  const lines: DiffLine[] = [];
  let x = 0;
  let y = 0;
  for (const op of script) {
    if (op === "equal") {
      lines.push({ op, text: a[x] ?? "", oldNumber: x + 1, newNumber: y + 1 });
      x += 1;
      y += 1;
    } else if (op === "delete") {
      lines.push({ op, text: a[x] ?? "", oldNumber: x + 1, newNumber: null });
      x += 1;
    } else {
      lines.push({ op, text: b[y] ?? "", oldNumber: null, newNumber: y + 1 });
      y += 1;
    }
  }
  return lines;
}

type Op = "equal" | "insert" | "delete";

function middleOps(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return Array<Op>(m).fill("insert");
  if (m === 0) return Array<Op>(n).fill("delete");
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // Round d reads k-1 and k+1 for k in [-d, d]: keep that window of v as it was before round d.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d += 1) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && at(v, offset + k - 1) < at(v, offset + k + 1));
      let x = down ? at(v, offset + k + 1) : at(v, offset + k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return [...Array<Op>(n).fill("delete"), ...Array<Op>(m).fill("insert")];
}

function at(values: Int32Array, index: number): number {
  return values[index] ?? 0;
}

function backtrack(trace: readonly Int32Array[], n: number, m: number): Op[] {
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d -= 1) {
    const snapshot = trace[d];
    if (!snapshot) break;
    // The snapshot of round d starts at k = -d - 1.
    const value = (k: number) => at(snapshot, k + d + 1);
    const k = x - y;
    const down = k === -d || (k !== d && value(k - 1) < value(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = value(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push("equal");
      x -= 1;
      y -= 1;
    }
    if (d > 0) ops.push(x === prevX ? "insert" : "delete");
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}

export interface DiffStats {
  added: number;
  removed: number;
}

export function diffStats(lines: readonly DiffLine[]): DiffStats {
  return {
    added: lines.filter((line) => line.op === "insert").length,
    removed: lines.filter((line) => line.op === "delete").length,
  };
}

/** A run of changed lines with some unchanged context around it; unchanged stretches between hunks are skipped. */
export interface DiffHunk {
  /** Unchanged lines skipped before this hunk. */
  skippedBefore: number;
  lines: DiffLine[];
}

export function diffHunks(lines: readonly DiffLine[], context = 3): DiffHunk[] {
  const keep = new Array<boolean>(lines.length).fill(false);
  lines.forEach((line, index) => {
    if (line.op === "equal") return;
    for (let i = Math.max(0, index - context); i <= Math.min(lines.length - 1, index + context); i += 1) {
      keep[i] = true;
    }
  });
  const hunks: DiffHunk[] = [];
  let skipped = 0;
  let current: DiffHunk | null = null;
  lines.forEach((line, index) => {
    if (!keep[index]) {
      skipped += 1;
      current = null;
      return;
    }
    if (!current) {
      current = { skippedBefore: skipped, lines: [] };
      hunks.push(current);
      skipped = 0;
    }
    current.lines.push(line);
  });
  return hunks;
}
