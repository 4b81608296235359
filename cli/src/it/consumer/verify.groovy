// The program ran to the end: it found the formats, read the example and judged it.
def log = new File(basedir, 'build.log').text
assert log.contains('consumer: judged cuban-missile-crisis-who-won; ')
