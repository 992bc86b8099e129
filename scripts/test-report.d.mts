export interface VitestReport {
  testResults?: {
    name: string;
    status: string;
    message?: string;
    assertionResults?: {
      status: string;
      title: string;
      ancestorTitles?: string[];
      failureMessages?: string[] | null;
    }[];
  }[];
}
export function failedTests(report: VitestReport, root?: string): string[];
export function failureSummary(heading: string, files: string[], root?: string): string;
