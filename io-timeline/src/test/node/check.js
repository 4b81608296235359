// Loads TimelineJS files into TimelineJS itself, in headless Chromium, and reports what it rendered.
// Reads the path of one TimelineJS JSON file per line on standard input and prints, for each, one
// line of JSON: the errors the page logged or threw, the number of slides TimelineJS made (the
// title slide among them), and the headline of each slide, as the reader sees it. One browser
// serves every file, so that a test class launches it once.
// Usage: node check.js [--screenshot out.png [--go-to unique-id]] < paths
// (the picture in docs/formats/timeline.md was taken so, of the slide with that id).
const fs = require("fs");
const os = require("os");
const path = require("path");
const readline = require("readline");
const { chromium } = require("playwright-core");

const dist = path.join(__dirname, "node_modules", "@knight-lab", "timelinejs", "dist");
const CHROMIUM = process.env.HINDSIGHT_CHROMIUM || "/usr/bin/chromium";
const args = process.argv.slice(2);
const screenshot = args[0] === "--screenshot" ? args[1] : null;
const goTo = args[2] === "--go-to" ? args[3] : null;

async function render(context, file) {
  const data = JSON.parse(fs.readFileSync(file, "utf8"));
  const page = await context.newPage();
  const errors = [];
  page.on("console", m => { if (m.type() === "error") errors.push("console: " + m.text()); });
  page.on("pageerror", e => errors.push("page: " + e.message));
  // Nothing leaves the machine: TimelineJS gets its scripts from node_modules and nothing else.
  await page.route("**/*", route => { process.stderr.write("blocked " + route.request().url() + "\n"); return route.abort(); });
  try {
    await page.setContent("<!DOCTYPE html><html><head><meta charset='utf-8'></head>"
      + "<body style='margin:0'><div id='timeline' style='width:1200px;height:650px'></div></body></html>");
    await page.addStyleTag({ path: path.join(dist, "css", "timeline.css") });
    await page.addScriptTag({ path: path.join(dist, "js", "timeline.js") });
    const loaded = await page.evaluate(d => new Promise(resolve => {
      const timer = setTimeout(() => resolve(false), 15000);
      // font: null, as the fonts TimelineJS would fetch come from its web site, not from the package.
      const timeline = new TL.Timeline("timeline", d, { hash_bookmark: false, font: null });
      window.hindsightTimeline = timeline;
      let poll;
      timeline.on("loaded", () => { clearTimeout(timer); clearInterval(poll); resolve(true); });
      // A timeline TimelineJS refuses never loads: it shows its message instead.
      poll = setInterval(() => {
        const shown = [...document.querySelectorAll(".tl-message-full")].some(m => m.textContent.trim());
        if (shown) { clearInterval(poll); clearTimeout(timer); resolve("message"); }
      }, 100);
    }), data);
    if (loaded === false) {
      errors.push("TimelineJS did not finish loading within 15 seconds");
    }
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => ({
      slides: document.querySelectorAll(".tl-slide").length,
      headlines: [...document.querySelectorAll(".tl-slide .tl-headline")].map(h => h.textContent),
      messages: [...document.querySelectorAll(".tl-message-full")].map(m => m.textContent).filter(t => t.trim()),
      markers: document.querySelectorAll(".tl-timemarker").length,
      eras: document.querySelectorAll(".tl-timeera").length,
      groups: [...document.querySelectorAll(".tl-timegroup-message")].map(g => g.textContent),
    }));
    seen.messages.forEach(m => errors.push("TimelineJS: " + m));
    if (screenshot) {
      if (goTo) {
        await page.evaluate(id => window.hindsightTimeline.goToId(id), goTo);
        await page.waitForTimeout(1500);
      }
      await page.screenshot({ path: screenshot });
    }
    return { file, errors, ...seen };
  } finally {
    await page.close();
  }
}

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "hindsight-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 650 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const lines = readline.createInterface({ input: process.stdin });
    for await (const line of lines) {
      if (!line.trim()) continue;
      let result;
      try {
        result = await render(context, line.trim());
      } catch (e) {
        result = { file: line.trim(), errors: ["check: " + e.message], slides: 0, headlines: [] };
      }
      process.stdout.write(JSON.stringify(result) + "\n");
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
})().catch(e => { process.stderr.write(String(e && e.stack || e) + "\n"); process.exit(1); });
