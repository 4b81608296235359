// The plugin built and its testkit contract ran: the summary of the tests says some ran and none failed.
def log = new File(basedir, 'build.log').text
def summaries = log.readLines().findAll { it =~ /^\[(INFO|WARNING|ERROR)\] Tests run: \d+, Failures: \d+, Errors: \d+, Skipped: \d+$/ }
assert !summaries.isEmpty() : 'no test results in the plugin build'
def (run, failures, errors) = (summaries.last() =~ /Tests run: (\d+), Failures: (\d+), Errors: (\d+)/)[0][1..3].collect { it as int }
assert run >= 10 : "only ${run} tests ran"
assert failures == 0 && errors == 0
assert log.contains('in org.example.qlist.QuestionListFormatTest')
