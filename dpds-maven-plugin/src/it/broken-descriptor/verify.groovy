// A broken descriptor fails the build, with file:line in the log and the SARIF report written.
def log = new File(basedir, 'build.log').text
assert log =~ /data-product-descriptor\.yaml:6:\d+: error \[format\.name\] 'Trip Domain'/
assert log.contains('BUILD FAILURE')
def sarif = new File(basedir, 'target/dpds-reports/validate.sarif')
assert sarif.isFile()
assert sarif.text.contains('"ruleId" : "format.name"') || sarif.text.contains('"ruleId":"format.name"')
