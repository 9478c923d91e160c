/** A `requires` cycle found in the rules: the ids around it and the rule that closes it. */
export interface RequiresCycle {
  ids: string[];
  ruleIndex: number;
}

/** Finds every distinct cycle in the graph of `requires` rules (depth-first, each cycle reported once). */
export function findRequiresCycles(
  rules: readonly { kind: string; item: string; requires?: string }[],
): RequiresCycle[] {
  const edges = new Map<string, { to: string; ruleIndex: number }[]>();
  rules.forEach((r, ruleIndex) => {
    if (r.kind !== 'requires' || r.requires === undefined) return;
    const list = edges.get(r.item) ?? [];
    list.push({ to: r.requires, ruleIndex });
    edges.set(r.item, list);
  });
  const cycles: RequiresCycle[] = [];
  const seen = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const edge of edges.get(node) ?? []) {
      const s = state.get(edge.to);
      if (s === 'open') {
        const ids = [...stack.slice(stack.indexOf(edge.to)), edge.to];
        const key = [...ids.slice(0, -1)].sort().join('|');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push({ ids, ruleIndex: edge.ruleIndex });
        }
      } else if (s === undefined) visit(edge.to);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return cycles;
}
