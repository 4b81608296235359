// Builds the plugin of docs/plugins.md as its author would, from the page alone: the POM of
// Step 1, every Java source of the org.example.qlist package, its module-info and its services file.
def page = new File(pluginsDoc).getText('UTF-8')
def blocks = []
def fence = page =~ /(?s)```(\w*)\n(.*?)```/
while (fence.find()) {
  blocks << [lang: fence.group(1), text: fence.group(2), before: page.substring(Math.max(0, fence.start() - 200), fence.start())]
}

def poms = blocks.findAll { it.lang == 'xml' && it.text.contains('<project') }
assert poms.size() == 1 : "docs/plugins.md should show one plugin POM, found ${poms.size()}"
new File(basedir, 'pom.xml').setText(poms[0].text, 'UTF-8')

int sources = 0
blocks.findAll { it.lang == 'java' }.each { b ->
  def pkg = (b.text =~ /(?m)^package (org\.example\.qlist);/)
  def module = (b.text =~ /(?m)^module org\.example\.qlist \{/)
  if (module.find()) {
    new File(basedir, 'src/main/java/module-info.java').with { parentFile.mkdirs(); setText(b.text, 'UTF-8') }
    sources++
  } else if (pkg.find()) {
    def name = (b.text =~ /(?m)^(?:public |final |abstract )*(?:class|interface|record) (\w+)/)
    assert name.find() : "a Java block of docs/plugins.md declares no class:\n${b.text}"
    def kind = name.group(1).endsWith('Test') ? 'test' : 'main'
    new File(basedir, "src/${kind}/java/org/example/qlist/${name.group(1)}.java").with { parentFile.mkdirs(); setText(b.text, 'UTF-8') }
    sources++
  }
}
def services = blocks.find { it.lang == '' && it.before.contains('META-INF/services/io.github.hindsight.spi.FormatProvider') }
assert services != null : 'docs/plugins.md shows no services file'
new File(basedir, 'src/main/resources/META-INF/services/io.github.hindsight.spi.FormatProvider').with {
  parentFile.mkdirs(); setText(services.text, 'UTF-8')
}
assert sources >= 3 : "expected the plugin, its test and its module-info in docs/plugins.md, found ${sources} sources"
return true
