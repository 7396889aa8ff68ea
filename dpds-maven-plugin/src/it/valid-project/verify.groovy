// A valid product passes every goal, writes its reports and installs its self-contained descriptor.
def log = new File(basedir, 'build.log').text
assert log.contains('dpds: data-product-descriptor.yaml: valid (1 finding(s))')
// its id is the ODM platform's, which dpds.yaml says: the id is right, not an id.mismatch
assert log.contains('[read-only.declared] id is READONLY; it matches the derived value')
assert !log.contains('id.mismatch')
assert log.contains('nothing to compare')
['validate.sarif', 'validate.junit.xml', 'policy.sarif', 'policy.junit.xml'].each {
  assert new File(basedir, "target/dpds-reports/$it").isFile() : it
}
def bundle = new File(localRepositoryPath, 'org/example/it/valid-project/1.0.0/valid-project-1.0.0-dpds.json')
assert bundle.isFile()
assert bundle.text.contains('"tripPositions"')
