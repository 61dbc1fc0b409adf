// SPDX-License-Identifier: GPL-3.0-or-later
// The exported page in a real browser: `pipescope --export-html` writes the seed demo's page, the system's headless
// Chromium (driven through the DevTools protocol by puppeteer-core) opens it, and the page must show, step after
// step, the call and the very fd numbers of the trace it embeds; Back, Reset, Play and the keys work; the Chinese
// texts appear on a switch; the diagram is drawn at 1280x720 and at 390x844; and nothing is requested from anywhere.
// A second page, exported after the Live tab's deadlock scenario ran, must show the verdict line and the timeline;
// a third, written by `pipescope-trace --html`, replays the steps that command line ran; a fourth, written by
// `pipescope-trace watch --html`, replays a real shell pipeline's recording, every process and pipe end call by call.
//
//   node replay.mjs --pipescope=PATH --trace=PATH [--out=DIR] [--chromium=/usr/bin/chromium]
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { analysePng, launchBrowser, makeChecks, parseArgs, watchPage } from "./support.mjs";

const args = parseArgs(process.argv.slice(2));
if (!args.pipescope) throw new Error("--pipescope=PATH is required");
if (!args.trace) throw new Error("--trace=PATH (pipescope-trace) is required");
const out = resolve(args.out || "web-test-output");
const chromium = args.chromium || "/usr/bin/chromium";
mkdirSync(out, { recursive: true });
const { check, equal, summary } = makeChecks("browser");

// The page, exported by the application itself.
const pagePath = join(out, "seed-demo.html");
execFileSync(args.pipescope, [`--export-html=${pagePath}`, "--scenario=seed-demo", "--lang=en"], {
  env: { ...process.env, QT_QPA_PLATFORM: "offscreen" }, stdio: "inherit", timeout: 90_000,
});
const html = readFileSync(pagePath, "utf8");
const size = statSync(pagePath).size;
console.log(`page: ${size} bytes`);
check(size <= 1024 * 1024, `the page is at most 1 MiB (${size} bytes)`);
const embedded = (id) => JSON.parse(new RegExp(`<script type="application/json" id="${id}">(.*?)</script>`, "s").exec(html)[1]);
const trace = embedded("pipescope-trace");
const texts = embedded("pipescope-texts");
const plan = trace.plan.steps;
check(trace.steps.length === plan.length + 1, `the trace has every step (${trace.steps.length} snapshots for ${plan.length} steps)`);

// What each kind of step must call: the call comes from the application, the check from the trace's plan.
const callPattern = { "create-pipe": /pipe/, "create-errpipe": /pipe/, fork: /fork/, "child-dup2": /dup2/, exec: /exec/,
  "parent-close-child-end": /close/, "child-close-fds": /close/ };

const browser = await launchBrowser(chromium);
try {
  const page = await browser.newPage();
  const { requests, errors: consoleErrors } = watchPage(page);
  await page.setViewport({ width: 1280, height: 720 });

  const text = (sel) => page.$eval(sel, (e) => e.textContent);
  const fds = (table) => page.$$eval(`${table} tbody tr`, (rows) =>
    rows.filter((r) => r.dataset.state !== "gone").map((r) => Number(r.dataset.fd)));
  const press = async (key) => { await page.keyboard.press(key); };

  const started = performance.now();
  await page.goto(pathToFileURL(pagePath).href, { waitUntil: "load" });
  await page.waitForSelector("#diagram svg");
  const opened = performance.now() - started;
  equal(await text("#position"), "Before the first step", "the page opens before the first step");
  await press("ArrowRight");
  await page.waitForFunction(() => document.getElementById("position").textContent.startsWith("Step 1 "));
  const firstStep = performance.now() - started;
  // Printed, not judged: a loaded machine makes any time fail. tests/benchmarks/bench_web_open.mjs measures it.
  console.log(`timing: page shown in ${opened.toFixed(0)} ms, step 1 shown in ${firstStep.toFixed(0)} ms`);

  // Step by step with the keyboard: the call of step K and the fd numbers of the trace's snapshot K.
  await press("ArrowLeft");
  for (let k = 1; k <= plan.length; k++) {
    await press("ArrowRight");
    const snapshot = trace.steps[k];
    const step = plan[k - 1];
    equal(snapshot.position, k, `snapshot ${k}'s position`);
    equal(await text("#position"), `Step ${k} of ${plan.length}`, `position after ${k} presses`);
    const call = await text("#call");
    equal(call, texts.languages.en.steps[step.id].call, `the call of step ${k} (${step.id})`);
    if (callPattern[step.action]) check(callPattern[step.action].test(call), `step ${k} (${step.action}) calls ${call}`);
    check((await text("#explanation")).length > 20, `step ${k} has an explanation`);
    equal(await fds("#parent-fds"), snapshot.parent_fds.map((e) => e.fd), `parent fds at step ${k}`);
    equal(await fds("#child-fds"), (snapshot.child_fds || []).map((e) => e.fd), `child fds at step ${k}`);
    equal(await page.$$eval("#steps li", (items) => items.findIndex((li) => li.getAttribute("aria-current") === "step")),
      k - 1, `the step list marks step ${k}`);
    const status = await text("#status");
    check(status.includes(call), `the live region says step ${k}'s call`);
    for (const e of snapshot.parent_fds) check(status.includes(`${e.fd}`), `the live region names parent fd ${e.fd}`);
  }
  // The seed demo's real pipes are drawn between real holders: every pipe inode of the last step has a bar.
  const last = trace.steps[plan.length];
  const inodes = [...new Set([...last.parent_fds, ...(last.child_fds || [])].filter((e) => e.kind === "pipe").map((e) => e.inode))];
  for (const inode of inodes)
    check((await text("#diagram svg")).includes(`pipe:[${inode}]`), `the diagram draws pipe ${inode}`);

  // Back, Reset, Play and the buttons.
  await press("ArrowLeft");
  equal(await text("#position"), `Step ${plan.length - 1} of ${plan.length}`, "← goes back one step");
  await press("r");
  equal(await text("#position"), "Before the first step", "R resets");
  await press(" ");
  equal(await text("#play"), "Pause", "Space plays");
  await page.waitForFunction(() => document.getElementById("position").textContent.startsWith("Step 2 "), { timeout: 5000 });
  await press(" ");
  equal(await text("#play"), "Play", "Space pauses");
  // Space plays wherever the focus is, also on another button, which it does not press as well.
  await page.click("#reset");
  await page.focus("#step");
  await press(" ");
  equal(await text("#play"), "Pause", "Space on the Step button plays");
  await press(" ");
  equal(await text("#play"), "Play", "Space on the Step button pauses");
  await page.click("#reset");
  await page.click("#step");
  await page.click("#step");
  equal(await text("#position"), `Step 2 of ${plan.length}`, "the Step button steps");

  // 中文: the application's Chinese explanation, the page's Chinese labels.
  await page.screenshot({ path: join(out, "page-1280x720-en.png") });
  await page.click('#languages button[data-lang="zh_CN"]');
  const zh = texts.languages.zh_CN.steps[plan[1].id];
  equal(await text("#explanation"), zh.explanation, "the Chinese explanation of step 2");
  check(/[\u4e00-\u9fff]/.test(zh.explanation), "the Chinese explanation is Chinese");
  check(zh.explanation !== texts.languages.en.steps[plan[1].id].explanation, "the explanations differ by language");
  equal(await text("#step"), "单步", "the Step button in Chinese");
  equal(await page.$eval("html", (e) => e.lang), "zh-CN", "the document's language");
  check((await text("#position")).includes("第 2 步"), "the position in Chinese");
  for (let i = 0; i < 6; i++) await press("ArrowRight");

  // The diagram is drawn at both sizes: many colours, the streams' own among them, and not blank.
  const analyse = (png) => analysePng(browser, png);

  for (const [w, h] of [[1280, 720], [390, 844]]) {
    await page.setViewport({ width: w, height: h });
    const name = `page-${w}x${h}-zh.png`;
    await page.screenshot({ path: join(out, name) });
    const svg = await page.$("#diagram svg");
    const box = await svg.boundingBox();
    check(box && box.width > Math.min(w * 0.5, 500) && box.height > 150, `the diagram is laid out at ${w}x${h}: ${JSON.stringify(box)}`);
    const a = await analyse(await svg.screenshot());
    console.log(`diagram at ${w}x${h}: ${a.width}x${a.height} px, ${a.colours} colours, ink ${(a.ink * 100).toFixed(1)} %, stdin-blue ${a.blue} px, stdout-green ${a.green} px`);
    check(a.colours >= 8, `the diagram at ${w}x${h} has colours (${a.colours})`);
    check(a.ink > 0.02, `the diagram at ${w}x${h} is not blank (${(a.ink * 100).toFixed(1)} % ink)`);
    check(a.blue > 30 && a.green > 30, `the diagram at ${w}x${h} draws the stdin and stdout pipes`);
    await press("ArrowRight");
    equal(await page.evaluate(() => window.scrollY), 0, `stepping at ${w}x${h} leaves the page where it is`);
    await press("ArrowLeft");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(overflow <= 0, `nothing sticks out sideways at ${w}x${h} (${overflow} px)`);
  }
  check(await page.$eval("#live", (e) => e.hidden), "a page without a live run shows no live section");

  // The live deadlock: exported after the Live tab ran the deadlock scenario for 2 s (then cancelled).
  const livePath = join(out, "deadlock-live.html");
  execFileSync(args.pipescope, [`--export-html=${livePath}`, "--scenario=deadlock", "--live-seconds=2", "--lang=en"], {
    env: { ...process.env, QT_QPA_PLATFORM: "offscreen" }, stdio: "inherit", timeout: 90_000,
  });
  const liveHtml = readFileSync(livePath, "utf8");
  const liveTrace = JSON.parse(/<script type="application\/json" id="pipescope-trace">(.*?)<\/script>/s.exec(liveHtml)[1]);
  check(liveTrace.live && liveTrace.live.points.length >= 2, "the live page's trace holds the run's points");
  check(liveTrace.live && typeof liveTrace.live.deadlock_since === "number", "the live run saw the deadlock");
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(pathToFileURL(livePath).href, { waitUntil: "load" });
  await page.waitForSelector("#live-plot svg");
  await page.click('#languages button[data-lang="en"]');
  check(!(await page.$eval("#live", (e) => e.hidden)), "the live section is shown");
  const verdict = await text("#live-verdict");
  check(/^Deadlock: the parent is blocked in write\(p2cwrite\)/.test(verdict), `the verdict line is the deadlock's: ${verdict}`);
  equal(await page.$eval("#live-verdict", (e) => e.className), "deadlock", "the verdict line is marked as a deadlock");
  check(/Cancelled/.test(await text("#live-end")), "the end line says the run was cancelled");
  // The timeline: stdin's bytes climb to what the trace says was written; the stuck time is shaded.
  const lastWritten = liveTrace.live.points.at(-1)[1];
  check(lastWritten > 0, `stdin bytes were written (${lastWritten})`);
  const stdinLine = await page.$eval('#live-plot polyline[data-stream="stdin"]', (e) => e.getAttribute("points").trim().split(/\s+/).length);
  equal(stdinLine, liveTrace.live.points.length, "the stdin line has a point per recorded point");
  check(await page.$('#live-plot polyline[data-fill="stdout"]') !== null, "stdout's pipe fill is drawn");
  check(await page.$("#live-plot rect.stuck") !== null, "the deadlock is shaded on the timeline");
  check((await text("#live-summary")).includes("naive"), "the summary names the parent's policy");
  const plotShot = await (await page.$("#live-plot svg")).screenshot();
  writeFileSync(join(out, "live-plot-1280x720.png"), plotShot);
  const plot = await analyse(plotShot);
  check(plot.blue > 30 && plot.green > 30, `the timeline draws stdin and stdout (blue ${plot.blue}, green ${plot.green} px)`);
  await page.click('#languages button[data-lang="zh_CN"]');
  check((await text("#live-verdict")).startsWith("死锁"), "the verdict line in Chinese");
  check((await text("#live-heading")).startsWith("实时运行"), "the live section's heading in Chinese");
  await page.screenshot({ path: join(out, "deadlock-live-zh-1280x720.png"), fullPage: true });

  // From the terminal: pipescope-trace --html runs the steps for real and has the application write the page.
  const cliPath = join(out, "cli-stdin-pipe.html");
  execFileSync(args.trace, ["--stdin=pipe", "--stdout=pipe", "--input=write data:0\r\n", `--html=${cliPath}`, "--",
    "/bin/cat"], { stdio: "inherit", timeout: 90_000 });
  const cliTrace = JSON.parse(/<script type="application\/json" id="pipescope-trace">(.*?)<\/script>/s.exec(readFileSync(cliPath, "utf8"))[1]);
  equal(cliTrace.spec.argv, ["/bin/cat"], "the page replays the command line's program");
  check(cliTrace.steps.length === cliTrace.plan.steps.length + 1, "the page has every step the command line ran");
  await page.goto(pathToFileURL(cliPath).href, { waitUntil: "load" });
  await page.waitForSelector("#diagram svg");
  await page.click('#languages button[data-lang="en"]');
  await press("ArrowRight");
  equal(await text("#position"), `Step 1 of ${cliTrace.plan.steps.length}`, "the command line's page steps");
  equal(await fds("#parent-fds"), cliTrace.steps[1].parent_fds.map((e) => e.fd), "its parent fds are the trace's");
  await page.click('#languages button[data-lang="zh_CN"]');
  check(/[\u4e00-\u9fff]/.test(await text("#explanation")), "its explanations are in Chinese too");
  check(await page.$eval("#live", (e) => e.hidden), "a command line's page has no live run");

  // A recording of a real program, written by pipescope-trace watch --html: every process the shell started and the
  // pipe ends each held, call by call, as the recording's own states say.
  const recPath = join(out, "watch-pipeline.html");
  execFileSync(args.trace, ["watch", `--html=${recPath}`, "--", "/bin/sh", "-c",
    "/bin/echo one two three | /usr/bin/tr a-z A-Z | /usr/bin/wc -w"], { stdio: "inherit", timeout: 90_000 });
  const recHtml = readFileSync(recPath, "utf8");
  const inPage = (id) => JSON.parse(new RegExp(`<script type="application/json" id="${id}">(.*?)</script>`, "s").exec(recHtml)[1]);
  const rec = inPage("pipescope-trace");
  const recTexts = inPage("pipescope-texts");
  const recStates = inPage("pipescope-states");
  equal(rec.kind, "recording", "the watch page embeds a recording");
  equal(recStates.at.length, rec.events.length + 1, "a state for every moment");
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(pathToFileURL(recPath).href, { waitUntil: "load" });
  await page.waitForSelector("#diagram svg");
  await page.click('#languages button[data-lang="en"]');
  await page.click("#reset");
  equal(await text("#position"), "Before the first step", "the recording's page opens before its first call");
  const drawn = () => page.evaluate(() => ({
    boxes: [...document.querySelectorAll("#diagram g.process")].map((g) => Number(g.dataset.pid)),
    arrows: [...document.querySelectorAll("#diagram path.arrow")].map((a) => Number(a.dataset.inode)).sort((a, b) => a - b),
    tables: [...document.querySelectorAll("#tables table.ends")].map((t) => [Number(t.dataset.pid),
      [...t.querySelectorAll("tbody tr")].map((r) => Number(r.dataset.fd))]),
    marked: [...document.querySelectorAll("#steps li")].findIndex((li) => li.getAttribute("aria-current") === "step"),
  }));
  let mostBoxes = 0, mostArrows = 0;
  for (let k = 1; k <= rec.events.length; k++) {
    await press("ArrowRight");
    const st = recStates.states[recStates.at[k]];
    equal(await text("#position"), `Step ${k} of ${rec.events.length}`, `recording: position after ${k} presses`);
    equal(await text("#call"), `${rec.events[k - 1].pid}  ${recTexts.languages.en.events[k - 1][0]}`, `recording: call ${k}`);
    const d = await drawn();
    equal(d.boxes, st.processes.map((p) => p.pid), `recording: the processes drawn after call ${k}`);
    equal(d.tables, st.processes.map((p) => [p.pid, p.ends.map((e) => e.fd)]), `recording: the ends listed after call ${k}`);
    // An arrow from every write end to every read end of the same pipe.
    const arrows = [];
    for (const w of st.processes.flatMap((p) => p.ends.filter((e) => e.write)))
      for (const r of st.processes.flatMap((p) => p.ends.filter((e) => !e.write)))
        if (w.inode === r.inode) arrows.push(w.inode);
    equal(d.arrows, arrows.sort((a, b) => a - b), `recording: the arrows after call ${k}`);
    equal(d.marked, k - 1, `recording: the list marks call ${k}`);
    check((await text("#status")).includes(recTexts.languages.en.events[k - 1][0]), `recording: the live region says call ${k}`);
    mostBoxes = Math.max(mostBoxes, d.boxes.length);
    mostArrows = Math.max(mostArrows, d.arrows.length);
  }
  check(mostBoxes >= 4, `the shell and its three programs are drawn at once (at most ${mostBoxes})`);
  check(mostArrows >= 2, `both pipes of the pipeline are drawn between their holders (at most ${mostArrows})`);
  // Somewhere in the middle, where the pipes are: in Chinese, and drawn at both sizes.
  const busiest = recStates.at.findIndex((s) => recStates.states[s].processes.length >= 4);
  await page.click("#reset");
  for (let k = 0; k < busiest; k++) await press("ArrowRight");
  await page.click('#languages button[data-lang="zh_CN"]');
  equal(await text("#explanation"), recTexts.languages.zh_CN.events[busiest - 1][1], "recording: the Chinese explanation");
  check(/[\u4e00-\u9fff]/.test(await text("#diagram-heading")), "recording: the headings in Chinese");
  for (const [w, h] of [[1280, 720], [390, 844]]) {
    await page.setViewport({ width: w, height: h });
    const shot = join(out, `watch-pipeline-${w}x${h}-zh.png`);
    await page.screenshot({ path: shot });
    const a = await analyse(await (await page.$("#diagram svg")).screenshot());
    console.log(`recording diagram at ${w}x${h}: ${a.width}x${a.height} px, ${a.colours} colours, ink ${(a.ink * 100).toFixed(1)} %`);
    // On a phone a wide tree scrolls sideways inside its panel: the part in view is sparser, not blank.
    check(a.colours >= 8 && a.ink > (w < 700 ? 0.008 : 0.02), `the recording's diagram is drawn at ${w}x${h}`);
    check(a.blue > 10, `the recording's first pipe is drawn in its blue at ${w}x${h} (${a.blue} px)`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(overflow <= 0, `nothing of the recording's page sticks out sideways at ${w}x${h} (${overflow} px)`);
  }

  // The application's own command line: --watch records, --export-html writes the page, opening after --step calls.
  const appRecPath = join(out, "watch-echo.html");
  execFileSync(args.pipescope, [`--export-html=${appRecPath}`, "--step=2", "--lang=zh_CN", "--watch", "--", "/bin/echo", "hi"], {
    env: { ...process.env, QT_QPA_PLATFORM: "offscreen" }, stdio: "inherit", timeout: 90_000,
  });
  const appRec = readFileSync(appRecPath, "utf8");
  const appTexts = JSON.parse(/<script type="application\/json" id="pipescope-texts">(.*?)<\/script>/s.exec(appRec)[1]);
  const appTrace = JSON.parse(/<script type="application\/json" id="pipescope-trace">(.*?)<\/script>/s.exec(appRec)[1]);
  equal([appTrace.kind, appTrace.argv], ["recording", ["/bin/echo", "hi"]], "pipescope --watch --export-html records the program");
  equal([appTexts.start, appTexts.language], [2, "zh_CN"], "its page opens after --step calls, in --lang");

  writeFileSync(join(out, "requests.txt"), requests.join("\n") + "\n");
  equal(requests.filter((u) => !u.startsWith("file:")), [], "requests other than the page itself");
  equal(requests.length, 4, "each page made exactly one request: itself");
  equal(consoleErrors, [], "errors in the page");
} finally {
  await browser.close();
}
process.exit(summary());
