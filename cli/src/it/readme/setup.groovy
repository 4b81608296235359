// Builds this project from the README: its dependencies go into the POM, each Java snippet
// becomes a class example.SnippetN, and the text block under a snippet becomes what it must print.
def readme = new File(readmeFile).getText('UTF-8')
def blocks = []
def fence = readme =~ /(?s)```(\w+)\n(.*?)```/
while (fence.find()) {
  blocks << [lang: fence.group(1), text: fence.group(2), start: fence.start(), end: fence.end()]
}

def xml = blocks.find { it.lang == 'xml' }
assert xml != null : 'the README has no XML block with its dependencies'
def pom = new File(basedir, 'pom.xml')
pom.setText(pom.getText('UTF-8').replace('<!-- README -->', xml.text), 'UTF-8')

def sources = new File(basedir, 'src/main/java/example')
def expected = new File(basedir, 'src/main/resources/expected')
expected.mkdirs()
int count = 0
blocks.eachWithIndex { b, i ->
  if (b.lang != 'java') return
  def next = i + 1 < blocks.size() ? blocks[i + 1] : null
  // The output shown under a snippet: the next block, if it is text and only "prints" stands between.
  def between = next == null ? '' : readme.substring(b.end, next.start).trim()
  assert next != null && next.lang == 'text' && between == 'prints' : "README snippet ${count} shows no output under it"
  def imports = b.text.readLines().findAll { it.startsWith('import ') }
  def body = b.text.readLines().findAll { !it.startsWith('import ') }
  new File(sources, "Snippet${count}.java").setText(
      "package example;\n\n" + imports.join('\n') + "\n\npublic final class Snippet${count} {\n"
      + "  public static void run() throws Exception {\n" + body.join('\n') + "\n  }\n}\n", 'UTF-8')
  new File(expected, "${count}.txt").setText(next.text, 'UTF-8')
  count++
}
assert count > 0 : 'the README has no Java snippets'
new File(expected, 'count.txt').text = count.toString()
return true
