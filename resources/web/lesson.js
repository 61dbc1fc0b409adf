// SPDX-License-Identifier: GPL-3.0-or-later
// The page of a lesson (a "pipescope-lesson-run": the lesson file as it is, and for each part what playing it for
// real gave: the part's recorded session and each question's real answer). The parts come one after the other; a
// scenario part's steps are replayed by page.js as any trace's are, and each question is asked where the lesson asks
// it: before its step (stepping on waits for an answer), or at the part's end for a Run, python3, Live or FIFO run.
// An answer is judged against the real one read off that run; the lesson file itself never holds an answer.
"use strict";

// doc: the embedded document; view: page.js's step view (load a part's trace, where it stands, go, render).
function pipescopeLessonView(doc, $, esc, view) {
  const ui = {
    en: {
      part: (k, n) => `Part ${k} of ${n}`, previous: "Previous part", next: "Next part",
      questions: "Questions", answer: "Answer", reveal: "Show the answer",
      before: (call) => `Asked just before this step: ${call}. Step on to reach it.`,
      atEnd: "Asked once every step of this part has been shown.",
      ask: "Answer before stepping on.", blocked: "Answer the question first (or show its answer).",
      right: "Right.", wrong: "Not quite.", shown: "Answer shown (not scored).",
      real: (v) => `The real run: ${v}.`, noReal: (why) => `No real answer could be read here${why ? `: ${why}` : ""}.`,
      given: (v) => `Your answer: ${v}.`,
      score: (right, judged, asked, total) => `${right} of ${judged} answers right; ${asked} of ${total} questions asked.`,
      fifo: (f) => `${f.writers} writers each write ${f.records} records of ${f.record_size} bytes into one FIFO; `
        + `the reader reads ${f.read_size} bytes at a time.`,
      noSteps: "This part has no setup to step through: its questions are about the run below.",
      number: "fd number", invalid: "Type a whole number (-1: none).",
      footer: "Exported from PipeScope. Each answer was read off a real run of this lesson on the machine that exported "
        + "it; every fd number and table is what the real processes had.",
    },
    zh_CN: {
      part: (k, n) => `第 ${k} 部分，共 ${n} 部分`, previous: "上一部分", next: "下一部分",
      questions: "问题", answer: "回答", reveal: "显示答案",
      before: (call) => `在这一步之前提问：${call}。继续单步即可到达。`,
      atEnd: "这一部分的每一步都展示过之后提问。",
      ask: "请先回答，再继续单步。", blocked: "请先回答问题（或显示答案）。",
      right: "正确。", wrong: "不对。", shown: "已显示答案（不计分）。",
      real: (v) => `真实运行的结果：${v}。`, noReal: (why) => `这里读不到真实的答案${why ? `：${why}` : ""}。`,
      given: (v) => `你的答案：${v}。`,
      score: (right, judged, asked, total) => `答对 ${right} 题，共判 ${judged} 题；已问 ${asked} 题，共 ${total} 题。`,
      fifo: (f) => `${f.writers} 个写者各向同一个 FIFO 写入 ${f.records} 条 ${f.record_size} 字节的记录；`
        + `读者每次读取 ${f.read_size} 字节。`,
      noSteps: "这一部分没有可以单步的设置：问题针对下面的运行。",
      number: "fd 编号", invalid: "请输入一个整数（-1 表示没有）。",
      footer: "由 PipeScope 导出。每个答案都读自导出它的机器上这一课的真实运行；每个 fd 编号和每张表都是真实进程的状态。",
    },
  };
  const lesson = doc.lesson;
  const parts = lesson.parts;
  const runMoments = ["run", "python", "live", "fifo"];
  let part = 0;
  let lang = "en";
  let blockedNow = false;
  // Per part, per question: { given, right, revealed, judged } once answered or shown.
  const answered = parts.map((p) => p.questions.map(() => null));
  const drafts = new Map(); // "part:question" → a number typed but not answered yet
  const words = () => ui[lang] || ui.en;
  const textIn = (t) => (t && (t[lang] || t.en)) || "";
  const realOf = (k, q) => (doc.parts[k] && doc.parts[k].answers[q]) || { real: "", failure: "" };
  const isNumber = (q) => q.ask.probe === "fd-number";

  // A value in words: its choice's label when the question offers it, else the value itself.
  function valueText(q, value) {
    const c = (q.choices || []).find((ch) => ch.value === value);
    return c ? textIn(c.label) : value;
  }
  // An fd number as the application takes it: digits, or -1 for "none".
  const numberPattern = /^\s*-?\d+\s*$/;
  function matches(q, given, real) {
    if (!isNumber(q)) return given === real;
    return numberPattern.test(given) && Number(given) === Number(real);
  }
  const nextStepId = () => {
    const states = view.states();
    const next = states[view.index() + 1];
    return next ? next.step : null;
  };
  const hasSteps = () => Boolean(doc.parts[part].trace);
  const atEnd = () => !hasSteps() || view.index() >= view.count() - 1;
  // A step the recorded session never made (its setup failed before it): its question is asked at the part's end,
  // where the page says why there is no real answer.
  const recorded = (id) => hasSteps() && view.states().some((s) => s.step === id);
  const askable = (q) => (runMoments.includes(q.at) || !recorded(q.at) ? atEnd() : nextStepId() === q.at);

  // Stepping on from here would do a step whose question is not answered yet.
  function blocks() {
    const next = nextStepId();
    blockedNow = parts[part].questions.some((q, i) => answered[part][i] === null && q.at === next);
    return blockedNow;
  }

  function answer(qi, value, revealed) {
    const q = parts[part].questions[qi];
    if (answered[part][qi] !== null || !askable(q)) return;
    const real = realOf(part, qi).real;
    answered[part][qi] = { given: value, revealed, judged: real !== "", right: !revealed && real !== "" && matches(q, value, real) };
    blockedNow = false;
    // The step the question is about now happens.
    if (!runMoments.includes(q.at) && nextStepId() === q.at) view.go(view.index() + 1);
    else view.render();
    const verdict = document.querySelector(`#lesson-questions [data-question="${qi}"] .verdict`);
    if (verdict) verdict.focus();
  }

  function card(q, i, w) {
    const a = answered[part][i];
    const state = a ? "answered" : askable(q) ? "asking" : "waiting";
    let body = "";
    if (state === "waiting") {
      const call = runMoments.includes(q.at) || !recorded(q.at) ? null : view.callOf(q.at);
      body = `<p class="hint">${esc(call ? w.before(call) : w.atEnd)}</p>`;
    } else if (state === "asking") {
      const inputs = isNumber(q)
        ? `<label><span>${esc(w.number)}</span> <input type="text" inputmode="numeric" class="number" value="${esc(drafts.get(`${part}:${i}`) || "")}"></label>`
          + ` <button type="button" class="submit">${esc(w.answer)}</button>`
          + `<span class="invalid" role="alert"></span>`
        : q.choices.map((c) => `<button type="button" class="choice" data-value="${esc(c.value)}">${esc(textIn(c.label))}</button>`).join("");
      body = `<p class="hint${blockedNow ? " blocked" : ""}">${esc(blockedNow ? w.blocked : w.ask)}</p>`
        + `<div class="answers" role="group" aria-label="${esc(textIn(q.prompt))}">${inputs}</div>`
        + `<button type="button" class="reveal">${esc(w.reveal)}</button>`;
    } else {
      const r = realOf(part, i);
      const head = a.revealed ? w.shown : !a.judged ? "" : a.right ? w.right : w.wrong;
      const lines = [];
      if (!a.revealed) lines.push(w.given(valueText(q, a.given)));
      lines.push(r.real ? w.real(valueText(q, r.real)) : w.noReal(r.failure));
      body = `<p class="verdict ${a.revealed ? "shown" : a.right ? "right" : "wrong"}" tabindex="-1" role="status">`
        + `<strong>${esc(head)}</strong> ${esc(lines.join(" "))}</p>`
        + (textIn(q.explain) ? `<p class="explain">${esc(textIn(q.explain))}</p>` : "");
    }
    return `<li class="question ${state}" data-question="${i}" data-state="${state}"><p class="prompt">${esc(textIn(q.prompt))}</p>${body}</li>`;
  }

  // Which control of the questions had the focus, to give it back once they are drawn again.
  function focusKey() {
    const el = document.activeElement;
    const li = el && el.closest ? el.closest("#lesson-questions .question") : null;
    if (!li) return null;
    const cls = ["choice", "submit", "reveal", "number", "verdict"].find((c) => el.classList.contains(c));
    return cls ? { question: li.dataset.question, cls, value: el.dataset.value || "" } : null;
  }
  function restoreFocus(key) {
    if (!key) return;
    const li = document.querySelector(`#lesson-questions [data-question="${key.question}"]`);
    const el = li && [...li.querySelectorAll(`.${key.cls}`)].find((e) => (e.dataset.value || "") === key.value);
    if (el) el.focus({ preventScroll: true });
  }

  function render(l) {
    const focused = focusKey();
    lang = l in ui ? l : "en";
    const w = words();
    const p = parts[part];
    $("lesson").hidden = false;
    $("title").textContent = textIn(lesson.title);
    document.title = `${textIn(lesson.title)} · PipeScope`;
    // The lesson's summary opens it; each part has its own narration.
    $("lesson-summary").textContent = part === 0 ? textIn(lesson.summary) : "";
    $("lesson-summary").hidden = part !== 0;
    $("part-position").textContent = w.part(part + 1, parts.length);
    $("part-previous").textContent = w.previous;
    $("part-next").textContent = w.next;
    $("part-previous").disabled = part === 0;
    $("part-next").disabled = part === parts.length - 1;
    $("part-title").textContent = textIn(p.title);
    $("part-narration").textContent = textIn(p.narration);
    $("part-note").textContent = p.fifo ? `${w.noSteps} ${w.fifo(p.fifo)}` : "";
    $("questions-heading").textContent = w.questions;
    $("lesson-questions").innerHTML = p.questions.map((q, i) => card(q, i, w)).join("");
    const all = answered.flat();
    const asked = all.filter((a) => a !== null);
    const judged = asked.filter((a) => !a.revealed && a.judged);
    // A live region: rewritten only when the score changes, so that a screen reader does not say it at every step.
    const score = w.score(judged.filter((a) => a.right).length, judged.length, asked.length, all.length);
    if ($("lesson-score").textContent !== score) $("lesson-score").textContent = score;
    $("footer").textContent = w.footer;
    for (const b of document.querySelectorAll("#lesson-questions .choice"))
      b.addEventListener("click", () => answer(Number(b.closest(".question").dataset.question), b.dataset.value, false));
    for (const b of document.querySelectorAll("#lesson-questions .submit")) {
      const li = b.closest(".question");
      const input = li.querySelector("input");
      const key = `${part}:${li.dataset.question}`;
      input.addEventListener("input", () => drafts.set(key, input.value));
      const submit = () => {
        if (numberPattern.test(input.value)) answer(Number(li.dataset.question), input.value.trim(), false);
        else li.querySelector(".invalid").textContent = w.invalid;
      };
      b.addEventListener("click", submit);
      input.addEventListener("keydown", (ev) => { if (ev.key === "Enter") submit(); });
    }
    for (const b of document.querySelectorAll("#lesson-questions .reveal"))
      b.addEventListener("click", () => answer(Number(b.closest(".question").dataset.question), "", true));
    restoreFocus(focused);
    showAsking();
  }

  // A question that is newly asked comes into sight inside the lesson's panel when that scrolls by itself (beside the
  // replay); the page itself does not move.
  let lastAsking = "";
  function showAsking() {
    const asking = document.querySelector('#lesson-questions [data-state="asking"]');
    const key = asking ? `${part}:${asking.dataset.question}` : "";
    if (key === lastAsking) return;
    lastAsking = key;
    const panel = $("lesson");
    if (!asking || panel.scrollHeight <= panel.clientHeight + 1 || asking.offsetParent !== panel) return;
    const top = asking.offsetTop, bottom = top + asking.offsetHeight;
    if (top < panel.scrollTop || bottom > panel.scrollTop + panel.clientHeight)
      panel.scrollTop = Math.max(0, Math.min(top - 8, bottom - panel.clientHeight + 8));
  }

  function showPart(k) {
    part = Math.min(Math.max(k, 0), parts.length - 1);
    blockedNow = false;
    view.load(doc.parts[part].trace);
  }

  $("part-previous").addEventListener("click", () => showPart(part - 1));
  $("part-next").addEventListener("click", () => showPart(part + 1));

  return {
    part: () => part,
    showPart,
    blocks,
    render,
    // The Live run's verdict answers a Live question: it stays hidden until every such question is answered.
    hidesLive: () => parts[part].questions.some((q, i) => q.at === "live" && answered[part][i] === null),
    // The first question that waits for an answer now, for the keyboard: focus goes to its first control.
    focusQuestion: () => {
      const el = document.querySelector('#lesson-questions [data-state="asking"] button, #lesson-questions [data-state="asking"] input');
      if (el) el.focus();
    },
  };
}
