export interface Finding {
  file: string;
  message: string;
  line: number;
  column: number;
  kind: string;
}
export const WORKFLOWS: string;
export function lintWorkflow(text: string, file: string): Promise<Finding[]>;
export function formatFinding(f: Finding): string;
