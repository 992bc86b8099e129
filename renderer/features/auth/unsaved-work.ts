// Forms that hold typed but unsaved entries say so here, so a staff switch can warn first.
const holders = new Set<string>();

export function markUnsaved(key: string, unsaved: boolean): void {
  if (unsaved) holders.add(key);
  else holders.delete(key);
}

export const hasUnsavedWork = (): boolean => holders.size > 0;
