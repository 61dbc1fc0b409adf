// SPDX-License-Identifier: GPL-3.0-or-later
// A lesson's page in a real browser: `pipescope --export-html --lesson` plays three bundled lessons through for real
// and writes their pages; the system's headless Chromium opens them. Each question must be asked where the lesson
// asks it (stepping on waits for the answer before its step; a run's question waits for the part's end), judged
// against the real answer embedded, which must agree with the fd tables the page replays; the Live run's verdict
// stays hidden until its question is answered; a FIFO part asks at once; the texts switch to Chinese; the page is
// drawn at 1280x720 and 390x844; and nothing is requested from anywhere.
//
//   node lesson.mjs --pipescope=PATH [--out=DIR] [--chromium=/usr/bin/chromium]
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { analysePng, launchBrowser, makeChecks, parseArgs, watchPage } from "./support.mjs";

const args = parseArgs(process.argv.slice(2));
if (!args.pipescope) throw new Error("--pipescope=PATH is required");
const out = resolve(args.out || "lesson-test-output");
const chromium = args.chromium || "/usr/bin/chromium";
mkdirSync(out, { recursive: true });
const { check, equal, summary } = makeChecks("lesson pages");

// Each page, written by the application after playing the lesson for real.
function exportLesson(id) {
  const path = join(out, `${id.split("/").pop().replace(/\.pipescope-lesson$/, "")}.html`);
  const started = performance.now();
  execFileSync(args.pipescope, [`--export-html=${path}`, `--lesson=${id}`, "--lang=en"], {
    env: { ...process.env, QT_QPA_PLATFORM: "offscreen" }, stdio: "inherit", timeout: 120_000,
  });
  const size = statSync(path).size;
  console.log(`${id}: ${size} bytes, exported in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  check(size <= 1024 * 1024, `${id}'s page is at most 1 MiB (${size} bytes)`);
  const html = readFileSync(path, "utf8");
  const doc = JSON.parse(/<script type="application\/json" id="pipescope-trace">(.*?)<\/script>/s.exec(html)[1]);
  equal(doc.format, "pipescope-lesson-run", `${id}'s page embeds a lesson run`);
  equal(doc.parts.length, doc.lesson.parts.length, `${id}: a result per part`);
  return { path, doc };
}

// Who holds an end of a setup pipe in a snapshot, found from the Popen variables (the stdout pipe's read end is the
// parent's c2pread): the inode is the one the variable's fd had at any step up to this one.
const endHandle = { stdin: { read: "p2cread", write: "p2cwrite" }, stdout: { read: "c2pread", write: "c2pwrite" },
  stderr: { read: "errread", write: "errwrite" } };
function holders(trace, k, pipe, end) {
  const handle = endHandle[pipe][end];
  let inode = null;
  for (const s of trace.steps.slice(0, k + 1)) {
    const fd = (s.handles || {})[handle];
    const e = fd >= 0 ? s.parent_fds.find((x) => x.fd === fd) : null;
    if (e && e.kind === "pipe") inode = e.inode;
  }
  const access = end === "read" ? "r" : "w";
  const has = (table) => (table || []).some((e) => e.kind === "pipe" && e.inode === inode && e.access === access);
  const s = trace.steps[k];
  const parent = has(s.parent_fds), child = has(s.child_fds);
  return parent && child ? "both" : parent ? "parent" : child ? "child" : "nobody";
}

const anonymous = exportLesson("anonymous-pipes");
const deadlocks = exportLesson("deadlocks");
const fifo = exportLesson("named-pipes");
const stdinStdout = exportLesson("pipe-stdin-stdout");
// A lesson of our own whose program does not exist: its setup stops at exec.
const missingPath = join(out, "missing.pipescope-lesson");
writeFileSync(missingPath, JSON.stringify({ format: "pipescope-lesson", version: 1, id: "missing", title: { en: "Missing" },
  parts: [{ title: { en: "No such program" },
    scenario: { streams: { stdin: "pipe", stdout: "pipe", stderr: "none" }, command: { program: "/nonexistent/pipescope-program", args: [] } },
    questions: [
      { at: "posix.fork", ask: { probe: "holders", pipe: "stdout", end: "write" }, prompt: { en: "After fork?" },
        choices: [{ value: "both", label: { en: "Both" } }, { value: "parent", label: { en: "Parent" } }] },
      { at: "posix.parent.close.stdout", ask: { probe: "holders", pipe: "stdout", end: "write" }, prompt: { en: "After the close?" },
        choices: [{ value: "child", label: { en: "Child" } }, { value: "nobody", label: { en: "Nobody" } }] }] }] }));
const missing = exportLesson(missingPath);

// The answers embedded agree with the tables the page replays: every holders question of the first lesson, and the
// fd number, which is the parent's c2pread right after the stdout pipe is made.
for (const [p, part] of anonymous.doc.lesson.parts.entries()) {
  const trace = anonymous.doc.parts[p].trace;
  check(trace && trace.steps.length === trace.plan.steps.length + 1, `anonymous-pipes part ${p + 1} has every step`);
  for (const [i, q] of part.questions.entries()) {
    const real = anonymous.doc.parts[p].answers[i].real;
    check(real !== "", `anonymous-pipes part ${p + 1} question ${i + 1} has a real answer`);
    const k = trace.steps.findIndex((s) => s.step === q.at);
    if (q.ask.probe === "holders" && q.ask.pipe !== "errpipe")
      equal(real, holders(trace, k, q.ask.pipe, q.ask.end), `the holders after ${q.at}, from the tables`);
    if (q.ask.probe === "fd-number")
      equal(Number(real), trace.steps[k].handles.c2pread, `the fd number after ${q.at} is the parent's c2pread`);
  }
}
for (const part of deadlocks.doc.parts)
  check(part.trace && part.trace.live && part.trace.live.points.length >= 2, "each deadlocks part carries its Live run");
equal(deadlocks.doc.parts[0].answers[0].real, "deadlock", "the naive parent's Live run deadlocked");
check(fifo.doc.parts.every((p) => p.trace === null && p.answers.every((a) => ["all-whole", "some-split"].includes(a.real))),
  "the FIFO parts have no steps and a real records answer each");

const browser = await launchBrowser(chromium);
try {
  const page = await browser.newPage();
  const { requests, errors } = watchPage(page);
  await page.setViewport({ width: 1280, height: 720 });
  const text = (sel) => page.$eval(sel, (e) => e.textContent);
  const state = (i) => page.$eval(`#lesson-questions [data-question="${i}"]`, (e) => e.dataset.state);
  const verdict = (i) => page.$eval(`#lesson-questions [data-question="${i}"] .verdict`, (e) => e.textContent);
  const press = (key) => page.keyboard.press(key);
  const stepId = () => page.evaluate(() => document.getElementById("call").textContent);

  // --- anonymous-pipes: step questions, the number typed, a wrong and a right choice, one shown.
  const doc = anonymous.doc;
  const part0 = doc.lesson.parts[0];
  const trace0 = doc.parts[0].trace;
  const texts = JSON.parse(/<script type="application\/json" id="pipescope-texts">(.*?)<\/script>/s.exec(readFileSync(anonymous.path, "utf8"))[1]);
  const callOf = (id) => texts.languages.en.parts[0].steps[id].call;
  await page.goto(pathToFileURL(anonymous.path).href, { waitUntil: "load" });
  await page.waitForSelector("#diagram svg");
  equal(await text("#title"), doc.lesson.title.en, "the page's title is the lesson's");
  equal(await text("#part-position"), `Part 1 of ${doc.lesson.parts.length}`, "it opens at part 1");
  equal(await text("#part-title"), part0.title.en, "part 1's title");
  equal(await text("#part-narration"), part0.narration.en, "part 1's narration");
  equal(await page.$$eval("#lesson-questions li", (l) => l.length), part0.questions.length, "every question of the part is listed");
  // The first question stands before its step: it waits until the page gets there, then stepping on waits for it.
  const before = (id) => trace0.steps.findIndex((s) => s.step === id) - 1;
  const q0 = part0.questions[0];
  if (before(q0.at) > 0) {
    equal(await state(0), "waiting", "the first question waits before its step is reached");
    check((await text('#lesson-questions [data-question="0"] .hint')).includes(callOf(q0.at)), "it names the call it comes before");
  }
  for (let k = 0; k < before(q0.at); k++) await press("ArrowRight");
  equal(await state(0), "asking", `the first question is asked standing before ${q0.at}`);
  const position = await text("#position");
  await press("ArrowRight");
  equal(await text("#position"), position, "→ does not step past an unanswered question");
  equal(await text('#lesson-questions [data-question="0"] .hint'), "Answer the question first (or show its answer).", "it says why");
  const real0 = doc.parts[0].answers[0].real;
  await page.type('#lesson-questions [data-question="0"] input', real0);
  await page.click('#lesson-questions [data-question="0"] .submit');
  equal(await state(0), "answered", "the typed fd number is judged");
  check((await verdict(0)).startsWith("Right."), `the real fd number is right: ${await verdict(0)}`);
  equal(await text("#call"), callOf(q0.at), "answering makes the step the question was about");
  equal(await page.$$eval("#parent-fds tbody tr", (rows) => rows.filter((r) => r.dataset.state !== "gone").map((r) => Number(r.dataset.fd))),
    trace0.steps[before(q0.at) + 1].parent_fds.map((e) => e.fd), "the parent's table after it is the trace's");
  check(await page.$eval("#parent-fds", (t, fd) => [...t.querySelectorAll("tbody tr")].some((r) => Number(r.dataset.fd) === fd), Number(real0)),
    "the answer's fd is in the parent's table shown");
  // The second: a wrong choice, judged against the real one.
  const q1 = part0.questions[1];
  while (await state(1) !== "asking") await press("ArrowRight");
  equal(await stepId(), callOf(trace0.steps[before(q1.at)].step), `the second question is asked standing before ${q1.at}`);
  const real1 = doc.parts[0].answers[1].real;
  const wrong = q1.choices.find((c) => c.value !== real1);
  await page.click(`#lesson-questions [data-question="1"] .choice[data-value="${wrong.value}"]`);
  const v1 = await verdict(1);
  check(v1.startsWith("Not quite.") && v1.includes(q1.choices.find((c) => c.value === real1).label.en),
    `a wrong answer is told the real one: ${v1}`);
  equal(await page.evaluate(() => document.activeElement.classList.contains("verdict")), true, "the verdict takes the focus");
  // The third: the right choice, by keyboard (Tab to it, Enter).
  const q2 = part0.questions[2];
  while (await state(2) !== "asking") await press("ArrowRight");
  const real2 = doc.parts[0].answers[2].real;
  await page.focus(`#lesson-questions [data-question="2"] .choice[data-value="${real2}"]`);
  await press("Enter");
  check((await verdict(2)).startsWith("Right."), `the right choice, chosen by keyboard, is right: ${await verdict(2)}`);
  // The fourth: shown without an answer, not scored.
  while (await state(3) !== "asking") await press("ArrowRight");
  await page.click('#lesson-questions [data-question="3"] .reveal');
  check((await verdict(3)).startsWith("Answer shown"), "a shown answer is not judged");
  equal(await text("#lesson-score"), `2 of 3 answers right; 4 of ${doc.lesson.parts.flatMap((p) => p.questions).length} questions asked.`,
    "the score counts the judged answers");
  // Then on to the end of the part freely, and to part 2.
  for (let k = 0; k < 20; k++) await press("ArrowRight");
  equal(await text("#position"), `Step ${trace0.plan.steps.length} of ${trace0.plan.steps.length}`, "the rest of the part steps freely");
  await page.screenshot({ path: join(out, "anonymous-pipes-1280x720-en.png") });
  const lessonBox = await (await page.$("#lesson")).boundingBox();
  const diagramBox = await (await page.$("#diagram svg")).boundingBox();
  check(lessonBox.x + lessonBox.width <= diagramBox.x + 1, `at 1280x720 the lesson stands beside the diagram (${JSON.stringify(lessonBox)}, ${JSON.stringify(diagramBox)})`);
  check(diagramBox.y < 720 && lessonBox.y < 720, "both are on the first screen");
  await page.click("#part-next");
  equal(await text("#part-title"), doc.lesson.parts[1].title.en, "Next part shows part 2");
  equal(await text("#position"), "Before the first step", "part 2 starts before its first step");
  check((await text("#spec")).includes(`stderr=${doc.parts[1].trace.spec.stderr}`), "part 2's own streams");

  // 中文
  await page.click('#languages button[data-lang="zh_CN"]');
  equal(await text("#part-title"), doc.lesson.parts[1].title.zh_CN, "the part's title in Chinese, from the lesson");
  equal(await text("#part-position"), `第 2 部分，共 ${doc.lesson.parts.length} 部分`, "the part's position in Chinese");
  equal(await text('#lesson-questions [data-question="0"] .prompt'), doc.lesson.parts[1].questions[0].prompt.zh_CN, "the prompt in Chinese");
  equal(await text("#step"), "单步", "the Step button in Chinese");
  await page.click("#part-previous");
  check((await verdict(1)).startsWith("不对。"), "part 1's verdicts stay, said in Chinese");

  for (const [w, h] of [[1280, 720], [390, 844]]) {
    await page.setViewport({ width: w, height: h });
    await page.screenshot({ path: join(out, `anonymous-pipes-${w}x${h}-zh.png`), fullPage: w < 1000 });
    const a = await analysePng(browser, await (await page.$("#diagram svg")).screenshot());
    console.log(`diagram at ${w}x${h}: ${a.width}x${a.height} px, ${a.colours} colours, ink ${(a.ink * 100).toFixed(1)} %`);
    check(a.colours >= 8 && a.ink > 0.02, `the diagram is drawn at ${w}x${h}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(overflow <= 0, `nothing sticks out sideways at ${w}x${h} (${overflow} px)`);
  }
  await page.setViewport({ width: 1280, height: 720 });

  // --- deadlocks: a Run question at the part's end; the Live verdict hidden until its question is answered.
  const dl = deadlocks.doc;
  await page.goto(pathToFileURL(deadlocks.path).href, { waitUntil: "load" });
  await page.click('#languages button[data-lang="en"]');
  check(await page.$eval("#live", (e) => e.hidden), "the Live verdict is hidden before its question is answered");
  equal(await state(0), "waiting", "a Live question waits for the part's end");
  for (let k = 0; k < 20; k++) await press("ArrowRight");
  equal(await state(0), "asking", "at the part's end the Live question is asked");
  await page.click('#lesson-questions [data-question="0"] .choice[data-value="finishes"]');
  const deadlockLabel = dl.lesson.parts[0].questions[0].choices.find((c) => c.value === "deadlock").label.en;
  check((await verdict(0)).startsWith("Not quite.") && (await verdict(0)).includes(deadlockLabel),
    `the naive parent does not finish: ${await verdict(0)}`);
  check(!(await page.$eval("#live", (e) => e.hidden)), "the Live run shows once answered");
  check((await text("#live-verdict")).startsWith("Deadlock"), "its verdict line is the deadlock's");
  check(await page.$("#live-plot rect.stuck") !== null, "the stuck time is shaded");
  await page.screenshot({ path: join(out, "deadlocks-1280x720-en.png"), fullPage: true });
  await page.click("#part-next");
  equal(await page.$eval('#lesson-questions [data-question="0"]', (e) => e.dataset.state), "waiting", "part 2's Run question waits too");
  for (let k = 0; k < 20; k++) await press("ArrowRight");
  const run = dl.parts[1].answers[0].real;
  await page.click(`#lesson-questions [data-question="0"] .choice[data-value="${run}"]`);
  check((await verdict(0)).startsWith("Right."), "the Run question is judged on the real run");
  equal(await state(1), "asking", "then the part's Live question");

  // --- named-pipes: a FIFO part has no steps; its question is asked at once.
  await page.goto(pathToFileURL(fifo.path).href, { waitUntil: "load" });
  await page.click('#languages button[data-lang="en"]');
  check(await page.$eval("main", (e) => e.hidden), "a FIFO part shows no step replay");
  check((await text("#part-note")).includes(`${fifo.doc.lesson.parts[0].fifo.writers} writers`), "it says what the FIFO run did");
  equal(await state(0), "asking", "its question is asked at once");
  await page.click(`#lesson-questions [data-question="0"] .choice[data-value="${fifo.doc.parts[0].answers[0].real}"]`);
  check((await verdict(0)).startsWith("Right."), "the FIFO question is judged on the real run");
  await page.setViewport({ width: 390, height: 844 });
  await page.screenshot({ path: join(out, "named-pipes-390x844-en.png"), fullPage: true });


  // --- pipe-stdin-stdout: an fd number of -1 ("none") is typed and judged; a word is refused with a message.
  const so = stdinStdout.doc;
  const [np, nq] = (() => {
    for (const [p, part] of so.lesson.parts.entries())
      for (const [q, question] of part.questions.entries())
        if (question.ask.probe === "fd-number" && so.parts[p].answers[q].real === "-1") return [p, q];
    return [-1, -1];
  })();
  check(np >= 0, "pipe-stdin-stdout has an fd-number question whose real answer is -1");
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(pathToFileURL(stdinStdout.path).href, { waitUntil: "load" });
  await page.click('#languages button[data-lang="en"]');
  for (let p = 0; p < np; p++) await page.click("#part-next");
  for (let i = 0; i < nq; i++) {
    while (await state(i) !== "asking") await press("ArrowRight");
    await page.click(`#lesson-questions [data-question="${i}"] .reveal`);
  }
  while (await state(nq) !== "asking") await press("ArrowRight");
  await page.type(`#lesson-questions [data-question="${nq}"] input`, "none");
  await page.click(`#lesson-questions [data-question="${nq}"] .submit`);
  equal(await state(nq), "asking", "a word is not an fd number");
  check((await text(`#lesson-questions [data-question="${nq}"] .invalid`)).includes("-1"), "and the page says what it takes");
  await page.$eval(`#lesson-questions [data-question="${nq}"] input`, (e) => { e.value = ""; });
  await page.type(`#lesson-questions [data-question="${nq}"] input`, "-1");
  await press("Enter");
  check((await verdict(nq)).startsWith("Right."), `-1 ("none") is judged right: ${await verdict(nq)}`);

  // --- a setup that fails: a question after the failed exec is asked at the end and says why it has no answer.
  const ms = missing.doc;
  equal(ms.parts[0].answers[0].real, "both", "before exec the steps happened");
  equal(ms.parts[0].answers[1].real, "", "after it, no real answer");
  check(ms.parts[0].answers[1].failure.length > 0, "and why");
  await page.goto(pathToFileURL(missing.path).href, { waitUntil: "load" });
  await page.click('#languages button[data-lang="en"]');
  while (await state(0) !== "asking") await press("ArrowRight");
  await page.click('#lesson-questions [data-question="0"] .choice[data-value="both"]');
  equal(await state(1), "waiting", "the question after the failed step waits for the part's end");
  for (let k = 0; k < 20; k++) await press("ArrowRight");
  equal(await state(1), "asking", "at the end of what was recorded it is asked");
  await page.click('#lesson-questions [data-question="1"] .choice[data-value="child"]');
  check((await verdict(1)).includes(ms.parts[0].answers[1].failure), `its verdict says why: ${await verdict(1)}`);
  check(!(await verdict(1)).startsWith("Not quite."), "and does not judge the answer wrong");

  equal(requests.filter((u) => !u.startsWith("file:")), [], "no request left the page");
  check(requests.length === 5, `only the five pages themselves were loaded (${requests.length})`);
  equal(errors, [], "no page error");
} finally {
  await browser.close();
}
process.exit(summary());
