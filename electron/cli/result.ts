/** What the tool prints and its exit code (kept apart from `process` so it can be tested). */
export interface CliResult {
  code: number;
  stdout?: string;
  stderr?: string;
}
