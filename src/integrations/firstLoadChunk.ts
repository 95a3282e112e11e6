import { fileURLToPath } from 'node:url';

interface ModuleGraph {
  getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[]; dynamicImporters: readonly string[]; importedIds: readonly string[] } | null;
}

/**
 * Code-splitting groups that put everything an island loads at once, and no page
 * script loads, in one chunk. Rolldown (Vite 8) would otherwise split it into one
 * small chunk per set of lazily loaded views sharing a module, each gzipped on its
 * own: /log/'s first load grew from 8 files to 30 and by about 4 KB gzip. Rollup kept
 * them with the island; this does the same. Modules a page script also imports go
 * to chunks split by who loads them, so content pages never load the island's code.
 */
export function firstLoadChunk(name: string, entry: URL) {
  const entryId = fileURLToPath(entry);
  const memo = new WeakMap<ModuleGraph, { reached: Set<string>; own: Set<string>; withPages: Set<string> }>();
  const sets = (graph: ModuleGraph) => {
    let found = memo.get(graph);
    if (found === undefined) {
      found = ownModules(entryId, graph);
      memo.set(graph, found);
    }
    return found;
  };
  return [
    // First what the island shares with page scripts, split by who loads it (a group
    // takes a module's imports along, so these must be taken before the island's own).
    {
      name: (id: string, graph: ModuleGraph) => {
        const { withPages } = sets(graph);
        return withPages.has(id) ? `${name}-shared` : null;
      },
      entriesAware: true,
      priority: 3,
    },
    // Then what it shares only with other islands (the unit's ledger): one chunk, not one per
    // set of islands and their lazy parts, which gzip apart and cost the first load their overhead.
    {
      name: (id: string, graph: ModuleGraph) => {
        const { reached, own } = sets(graph);
        return reached.has(id) && !own.has(id) ? `${name}-islands` : null;
      },
      priority: 2,
    },
    { name: (id: string, graph: ModuleGraph) => (sets(graph).own.has(id) ? name : null), priority: 1 },
  ];
}

/**
 * What the entry imports statically (directly or not), and of that what no other
 * entry (a page script, another island) reaches, statically or through its lazy parts. Lazily loaded views are not entries:
 * what they share with the island may load with the island.
 */
function ownModules(entryId: string, graph: ModuleGraph): { reached: Set<string>; own: Set<string>; withPages: Set<string> } {
  const reached = new Set<string>();
  const stack = [entryId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (reached.has(id)) continue;
    const info = graph.getModuleInfo(id);
    if (info === null) continue;
    reached.add(id);
    stack.push(...info.importedIds);
  }
  const otherEntry = new Map<string, boolean>();
  const reachedFromOtherEntry = (id: string, path: Set<string>): boolean => {
    const known = otherEntry.get(id);
    if (known !== undefined) return known;
    if (path.has(id)) return false;
    const info = graph.getModuleInfo(id);
    if (info === null) return false;
    path.add(id);
    // Another island's lazy parts count too: what they need must not sit in this island's chunk, or loading them would load it.
    const result = (info.isEntry && id !== entryId) || [...info.importers, ...info.dynamicImporters].some((importer) => reachedFromOtherEntry(importer, path));
    path.delete(id);
    if (path.size === 0) otherEntry.set(id, result);
    return result;
  };
  const own = new Set([...reached].filter((id) => !reachedFromOtherEntry(id, new Set())));
  // A page script is an entry that is no island (islands are .tsx components).
  const pageScript = new Map<string, boolean>();
  const reachedFromPageScript = (id: string, path: Set<string>): boolean => {
    const known = pageScript.get(id);
    if (known !== undefined) return known;
    if (path.has(id)) return false;
    const info = graph.getModuleInfo(id);
    if (info === null) return false;
    path.add(id);
    const result = (info.isEntry && !/\.[jt]sx$/.test(id)) || [...info.importers, ...info.dynamicImporters].some((importer) => reachedFromPageScript(importer, path));
    path.delete(id);
    if (path.size === 0) pageScript.set(id, result);
    return result;
  };
  const withPages = new Set([...reached].filter((id) => !own.has(id) && reachedFromPageScript(id, new Set())));
  return { reached, own, withPages };
}
