// The first release: nothing to compare against; its bundle is installed for the next ones.
def log = new File(basedir, 'build.log').text
assert log.contains('nothing to compare')
assert new File(localRepositoryPath, 'org/example/it/trips/1.0.0/trips-1.0.0-dpds.json').isFile()
