// SPDX-License-Identifier: GPL-3.0-or-later
// A run of Popen's Windows branch under Wine as a web page, in a real browser: `pipescope-trace --backend=wine --step
// --html` runs it (and keeps its JSON with --json), headless Chromium opens the page, and after every Win32 call the
// page must show that call with its real HANDLE values, draw the parent's handles the run named and, once
// CreateProcessW ran, exactly the child's three inheritable handles; Reset, the keys and the language switch work; the
// diagram is drawn at 1280x720 and 390x844; nothing is requested from anywhere. Needs Wine and the win64 build.
//
//   node winerun.mjs --trace=PATH --windows-build=DIR [--out=DIR] [--chromium=/usr/bin/chromium]
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { analysePng, launchBrowser, makeChecks, parseArgs, watchPage } from "./support.mjs";

const args = parseArgs(process.argv.slice(2));
if (!args.trace) throw new Error("--trace=PATH (the Linux pipescope-trace) is required");
if (!args["windows-build"]) throw new Error("--windows-build=DIR (the win64 build's bin) is required");
const out = resolve(args.out || "winerun-test-output");
const chromium = args.chromium || "/usr/bin/chromium";
mkdirSync(out, { recursive: true });
const { check, equal, summary } = makeChecks("wine page");

const pagePath = join(out, "wine-run.html");
const runPath = join(out, "wine-run.json");
execFileSync(args.trace, ["--backend=wine", "--step", `--html=${pagePath}`, `--json=${runPath}`, "--stdin=pipe",
  "--stdout=pipe", "--stderr=devnull", "--input=write data:0\r\n", "--", "pipescope-child", "echo"], {
  env: { ...process.env, PIPESCOPE_WINDOWS_BUILD: args["windows-build"] }, stdio: ["ignore", "ignore", "pipe"],
  timeout: 300_000,
});
const run = JSON.parse(readFileSync(runPath, "utf8"));
const size = statSync(pagePath).size;
console.log(`page: ${size} bytes, ${run.steps.length} calls`);
check(size <= 1024 * 1024, `the page is at most 1 MiB (${size} bytes)`);
const html = readFileSync(pagePath, "utf8");
const embedded = (id) => JSON.parse(new RegExp(`<script type="application/json" id="${id}">(.*?)</script>`, "s").exec(html)[1]);
const trace = embedded("pipescope-trace");
const texts = embedded("pipescope-texts");
equal([trace.format, trace.steps.length], ["pipescope-win32-run", run.steps.length], "the page embeds the run's JSON");
const created = run.steps.findIndex((s) => s.call === "CreateProcessW");
check(created >= 0, "the run created its child");
equal(texts.start, created + 1, "the page opens right after CreateProcessW");

const browser = await launchBrowser(chromium);
try {
  const page = await browser.newPage();
  const { requests, errors } = watchPage(page);
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(pathToFileURL(pagePath).href, { waitUntil: "load" });
  const text = (sel) => page.$eval(sel, (e) => e.textContent);
  const handles = (side) => page.$$eval(`#diagram g.w-socket[data-side="${side}"]:not(.crossed)`,
    (gs) => gs.map((g) => g.dataset.handle).sort());
  const press = (key) => page.keyboard.press(key);

  // Opened on the suspended child: its handles are the three inheritable copies STARTUPINFO named.
  const childHandles = [run.popen.p2cread, run.popen.c2pwrite, run.popen.errwrite].sort();
  check((await text("#call")).includes("CreateProcessW"), "the page opens on CreateProcessW");
  equal(await handles("child"), childHandles, "the child's handles after CreateProcessW");

  // From the start, call after call: the call with its HANDLE values, the parent's named handles in the picture.
  await press("r");
  equal(await handles("parent"), run.parent_table_before.filter((e) => e.type === "File" && e.role).map((e) => e.handle).sort(),
    "before the first call: the parent's own standard handles");
  for (let i = 0; i < run.steps.length; i++) {
    await press("ArrowRight");
    const step = run.steps[i];
    const call = await text("#call");
    equal(call, texts.languages.en.calls[i], `call ${i + 1}: the application's words`);
    for (const h of step.handles) if (h !== "0x0") check(call.includes(h), `call ${i + 1} (${step.call}) shows ${h}`);
    const named = step.parent_table.filter((e) => e.type === "File" && e.role).map((e) => e.handle).sort();
    equal(await handles("parent"), named, `call ${i + 1}: the parent's handles drawn`);
    if (i >= created) {
      const drawn = await handles("child");
      for (const h of childHandles) check(drawn.includes(h), `call ${i + 1}: the child holds ${h}`);
    } else {
      equal(await handles("child"), [], `call ${i + 1}: no child yet`);
    }
    if (step.call === "CloseHandle") {
      const crossed = await page.$$eval(`#diagram g.w-socket.crossed[data-side="parent"]`, (gs) => gs.map((g) => g.dataset.handle));
      check(crossed.includes(step.handles[0]), `call ${i + 1}: ${step.handles[0]} crossed out`);
    }
    const rows = await page.$$eval("#parent-handles tbody tr", (trs) => trs.map((tr) => tr.dataset.handle));
    equal(rows, step.parent_table.filter((e) => e.type === "File").map((e) => e.handle), `call ${i + 1}: the parent's table`);
  }
  check(await page.$eval("#step", (b) => b.disabled), "Step is disabled after the last call");
  await press("ArrowLeft");
  equal(await text("#call"), texts.languages.en.calls[run.steps.length - 2], "Back goes one call back");

  // 中文: the calls and the picture's words in Chinese.
  await page.goto(pathToFileURL(pagePath).href, { waitUntil: "load" });
  await page.click('#languages button[data-lang="zh_CN"]');
  check((await text("#call")).includes("子进程"), "CreateProcessW's call in Chinese");
  check((await text("#diagram svg")).includes("Win32 调用"), "the diagram's caption in Chinese");
  check((await text("#footer")).includes("由 PipeScope 导出"), "the footer in Chinese");
  await page.click('#languages button[data-lang="en"]');

  for (const [w, h] of [[1280, 720], [390, 844]]) {
    await page.setViewport({ width: w, height: h });
    await page.screenshot({ path: join(out, `wine-run-${w}x${h}.png`) });
    const a = await analysePng(browser, await (await page.$("#diagram svg")).screenshot());
    console.log(`diagram at ${w}x${h}: ${a.width}x${a.height} px, ${a.colours} colours, ink ${(a.ink * 100).toFixed(1)} %, `
      + `stdin-blue ${a.blue} px, stdout-green ${a.green} px`);
    check(a.colours >= 8 && a.ink > 0.02, `the diagram is drawn at ${w}x${h}`);
    check(a.ink < 0.35, `the diagram is not a dark blot at ${w}x${h} (ink ${(a.ink * 100).toFixed(1)} %)`);
    if (w === 1280) check(a.blue > 0 && a.green > 0, `the stdin and stdout pipes in their colours at ${w}x${h}`);
  }
  equal(await page.$$eval("#diagram g.w-pipe", (gs) => gs.map((g) => g.dataset.title).sort()), ["stdin pipe", "stdout pipe"],
    "the two pipes the run made");
  equal(requests.filter((u) => !u.startsWith("file:")), [], "requests other than the page itself");
  equal(errors, [], "errors in the page");
} finally {
  await browser.close();
}
process.exit(summary());
