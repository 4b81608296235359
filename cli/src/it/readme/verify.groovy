// Every snippet ran and printed what the README shows under it (example.Readme fails otherwise).
def log = new File(basedir, 'build.log').text
def count = new File(basedir, 'src/main/resources/expected/count.txt').text.trim()
assert log.contains("readme: all ${count} snippets print what the README shows")
