// The run's last line, "N passed, N failed" (and ", N skipped" when there are any), counted over
// every test in every engine: web-test-runner's own summary does not say how many tests ran, and
// CI reads this line.

/** A reporter for the config's `reporters`, after defaultReporter(). A file that failed to load counts as one failure. */
export function totalsReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const count = (suite) => {
        for (const test of suite?.tests ?? []) totals[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
        for (const child of suite?.suites ?? []) count(child);
      };
      for (const session of sessions) {
        const before = totals.failed;
        count(session.testResults);
        if (!session.passed && totals.failed === before) totals.failed++;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      // After web-test-runner's own last words: its terminal swallows console output until then.
      process.once('exit', () => process.stdout.write(`${totals.passed} passed, ${totals.failed} failed${skipped}\n`));
    },
  };
}
