/**
 * Ends every jest run with one plain line, "jest: N passed, N failed[, N skipped]", that CI and
 * people can read without parsing jest's table.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    console.log(
      `\njest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
    );
  }
}

module.exports = SummaryReporter;
