// 2.0.0 makes the same change with a major bump: diff against 1.0.0 passes.
def log = new File(basedir, 'build.log').text
assert log.contains('baseline org.example.it:trips:json:dpds:1.0.0')
assert log.contains('BUILD SUCCESS')
// dpds.yaml makes the removal a warning: the diff goal takes the configuration's severities, as dpds diff does
assert log =~ /warning \[compat\.port\.removed\]/
assert new File(localRepositoryPath, 'org/example/it/trips/2.0.0/trips-2.0.0-dpds.json').isFile()
