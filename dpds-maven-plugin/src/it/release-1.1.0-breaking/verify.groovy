// 1.1.0 removes an output port without a major bump: diff against 1.0.0's bundle fails the build.
def log = new File(basedir, 'build.log').text
assert log.contains('baseline org.example.it:trips:json:dpds:1.0.0')
assert log =~ /error \[compat\.port\.removed\]/
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'target/dpds-reports/diff.md').text.contains('tripPositions')
assert !new File(localRepositoryPath, 'org/example/it/trips/1.1.0').exists()
