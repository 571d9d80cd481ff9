/**
 * ink draws only the program's last frame when it believes it runs in CI (its `is-in-ci` reads `CI`
 * and `CONTINUOUS_INTEGRATION`, once, when ink is first loaded): a person at a terminal whose shell
 * sets `CI` would see a blank screen until the program exits. The interactive commands (`tui`,
 * `train`, `drill`) call this before loading ink: when both standard input and output are a
 * terminal, a person is there, and those variables are cleared for this process only.
 */
export function drawForThePersonAtTheTerminal(stdin: { isTTY?: boolean } = process.stdin, stdout: { isTTY?: boolean } = process.stdout, env: NodeJS.ProcessEnv = process.env): void {
  if (stdin.isTTY !== true || stdout.isTTY !== true) return;
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
}
