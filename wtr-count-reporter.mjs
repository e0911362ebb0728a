// WTR prints its counts only inside the progress bar; this adds a plain line the test script parses.
export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0,
        failed = 0,
        skipped = 0;
      const walk = (s) => {
        for (const t of s.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        s.suites.forEach(walk);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (s.errors?.length) failed++;
      }
      setTimeout(
        () =>
          process.stdout.write(
            `\nwtr: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
          ),
        0,
      );
    },
  };
}
