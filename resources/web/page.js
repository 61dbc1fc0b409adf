// SPDX-License-Identifier: GPL-3.0-or-later
// PipeScope's browser replay: reads the trace (the documented trace JSON) and the step texts the application wrote
// in both languages from the page itself, and shows one recorded step at a time: the Parent/Child diagram as SVG,
// both real fd tables, the step list and the explanation. No framework, no request: everything is in this file.
"use strict";

(function () {
  const doc = JSON.parse(document.getElementById("pipescope-trace").textContent);
  const texts = JSON.parse(document.getElementById("pipescope-texts").textContent);
  const recordingStates = JSON.parse(document.getElementById("pipescope-states").textContent);

  // The page's own words; the explanations of the steps come from the application (texts.languages).
  const ui = {
    en: {
      reset: "Reset", back: "Back", step: "Step", play: "Play", pause: "Pause",
      keys: "Keys: → step, ← back, Space play/pause, R reset",
      position: (k, n) => `Step ${k} of ${n}`, before: "Before the first step",
      beforeCall: "Popen(...) is about to run",
      beforeText: "Nothing has happened yet. Press Step (→) to make the first real call of Popen's handle setup.",
      diagram: "Parent and child", current: "Current step", plan: "The plan: Popen's handle setup",
      parent: "Parent", child: "Child", pid: (p) => `pid ${p}`, notForked: "not forked yet",
      fd: "fd", name: "Popen name", target: "target", access: "access", cloexec: "close-on-exec",
      yes: "yes", no: "", gone: "closed", none: "(none)",
      parentTable: "Parent's fd table", childTable: "Child's fd table",
      parentFds: "Parent fds", childFds: "Child fds",
      actor: { parent: "parent", child: "child", kernel: "kernel" },
      stream: { stdin: "stdin", stdout: "stdout", stderr: "stderr", errpipe: "error pipe" },
      footer: "Exported from PipeScope. Every fd number and table is what the real processes had at that step.",
      lensModel: "Windows lens: a model, named on the same real POSIX steps.",
      live: "Live run: the same program and streams, run at full speed",
      liveBytes: "bytes moved", liveFill: "pipe fill", seconds: "s",
      liveSeries: { stdin: "stdin written", stdout: "stdout read", stderr: "stderr read" },
      stuck: "deadlock",
      policy: (p) => `Parent policy: ${p}.`,
      liveSummary: (t, parts) => `Over ${t} s: ${parts}.`,
      stuckSince: (t) => `Deadlocked from ${t} s on.`,
    },
    zh_CN: {
      reset: "重置", back: "后退", step: "单步", play: "播放", pause: "暂停",
      keys: "按键：→ 单步，← 后退，空格 播放/暂停，R 重置",
      position: (k, n) => `第 ${k} 步，共 ${n} 步`, before: "第一步之前",
      beforeCall: "即将运行 Popen(...)",
      beforeText: "还什么都没有发生。按“单步”（→）执行 Popen 句柄设置的第一个真实调用。",
      diagram: "父进程与子进程", current: "当前步骤", plan: "计划：Popen 的句柄设置",
      parent: "父进程", child: "子进程", pid: (p) => `pid ${p}`, notForked: "尚未 fork",
      fd: "fd", name: "Popen 名称", target: "目标", access: "访问", cloexec: "执行时关闭",
      yes: "是", no: "", gone: "已关闭", none: "（无）",
      parentTable: "父进程的 fd 表", childTable: "子进程的 fd 表",
      parentFds: "父进程 fd", childFds: "子进程 fd",
      actor: { parent: "父进程", child: "子进程", kernel: "内核" },
      stream: { stdin: "stdin", stdout: "stdout", stderr: "stderr", errpipe: "错误管道" },
      footer: "由 PipeScope 导出。每个 fd 编号和每张表都是真实进程在该步骤时的状态。",
      lensModel: "Windows 视角：一个模型，对应同样的真实 POSIX 步骤。",
      live: "实时运行：同一个程序和同样的流，全速运行",
      liveBytes: "已传送字节", liveFill: "管道填充", seconds: "秒",
      liveSeries: { stdin: "已写入 stdin", stdout: "已读取 stdout", stderr: "已读取 stderr" },
      stuck: "死锁",
      policy: (p) => `父进程策略：${p}。`,
      liveSummary: (t, parts) => `${t} 秒内：${parts}。`,
      stuckSince: (t) => `从 ${t} 秒起死锁。`,
    },
  };

  const $ = (id) => document.getElementById(id);
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

  // A recording of a real program (several processes, every call) and a run of Popen's Windows branch under Wine
  // have views of their own (recording.js, winerun.js); the rest of this file draws a trace of PipeScope's own steps
  // (a parent and one child): the page's, or each part's of a lesson (lesson.js), one part at a time.
  const recording = doc.kind === "recording" ? pipescopeRecordingView(doc, texts, recordingStates, $, esc)
    : doc.format === "pipescope-win32-run" ? pipescopeWineRunView(doc, texts, recordingStates, $, esc)
    : null;
  let trace = null, states = [], planSteps = [], windows = false, count = 0, index = 0;
  let lang = texts.language in ui ? texts.language : "en";
  let timer = null;
  let lesson = null;
  const words = () => ui[lang];
  // The application's words for the trace shown: the page's, or the lesson part's.
  const appTexts = () => (lesson ? (texts.languages[lang] || {}).parts[lesson.part()] : texts.languages[lang]) || {};
  const stepText = (id) => (appTexts().steps || {})[id] || { call: id, explanation: "" };

  // Shows a trace from its first recorded step (null: none, for a lesson part without steps).
  function load(t, position) {
    stop();
    trace = t;
    states = t ? t.steps : [];
    planSteps = t ? t.plan.steps : [];
    windows = Boolean(t) && t.plan.lens === "windows";
    count = recording ? recording.count : Math.max(states.length, 1);
    index = recording ? recording.start : Math.max(0, states.findIndex((s) => s.position === position));
    render();
  }
  const stateStepId = (s) => (windows ? s.windows_step : s.step) || "";

  // Which stream a pipe carries: the Popen name of an end that holds it, else the child's 0/1/2, else the error pipe.
  function pipeStreams(state) {
    const byInode = new Map();
    const names = namesByFd(state);
    const visit = (table, isChild) => {
      for (const e of table || []) {
        if (e.kind !== "pipe") continue;
        let stream = byInode.get(e.inode);
        for (const n of names.get(e.fd) || []) {
          const s = n.startsWith("p2c") ? "stdin" : n.startsWith("c2p") ? "stdout" : n.startsWith("err") ? "stderr" : null;
          if (s && !isChild) stream = stream || s;
        }
        if (!stream && isChild && e.fd <= 2) stream = ["stdin", "stdout", "stderr"][e.fd];
        byInode.set(e.inode, stream);
      }
    };
    visit(state.parent_fds, false);
    visit(state.child_fds, true);
    for (const [inode, s] of byInode) if (!s) byInode.set(inode, "errpipe");
    return byInode;
  }

  // The six Popen variables by the fd they hold now.
  function namesByFd(state) {
    const names = new Map();
    for (const [name, fd] of Object.entries(state.handles || {})) {
      if (fd < 0) continue;
      if (!names.has(fd)) names.set(fd, []);
      names.get(fd).push(name);
    }
    return names;
  }

  // A process's rows: its table now, plus the fds it had one step earlier that are gone (closed, or close-on-exec).
  function rows(table, previous, isChild, names) {
    const now = new Map((table || []).map((e) => [e.fd, e]));
    const before = new Map((previous || []).map((e) => [e.fd, e]));
    const out = [];
    for (const e of table || []) {
      const old = before.get(e.fd);
      const fresh = !old || old.target !== e.target;
      out.push({ e, state: fresh && index > 0 ? "new" : "", names: rowNames(e.fd, isChild, names) });
    }
    for (const [fd, e] of before) if (!now.has(fd)) out.push({ e, state: "gone", names: [] });
    out.sort((a, b) => a.e.fd - b.e.fd);
    return out;
  }

  function rowNames(fd, isChild, names) {
    const list = [...(names.get(fd) || [])];
    if (isChild && fd <= 2) list.unshift(["stdin", "stdout", "stderr"][fd]);
    return list;
  }

  function shortTarget(e) {
    if (e.kind === "pipe") return `pipe:[${e.inode}] ${e.access}`;
    return e.target;
  }

  // What fits in a row of the diagram: a long path keeps its end (the table below has it whole).
  function fitted(text, room) {
    return text.length <= room ? text : `…${text.slice(text.length - room + 1)}`;
  }

  function drawDiagram(state, prev, w) {
    const names = namesByFd(state);
    const streams = pipeStreams(state);
    const parentRows = rows(state.parent_fds, prev ? prev.parent_fds : [], false, names);
    const forked = Array.isArray(state.child_fds);
    const childRows = forked || (prev && Array.isArray(prev.child_fds))
      ? rows(state.child_fds || [], prev ? prev.child_fds : null, true, names) : [];
    const W = 760, boxW = 235, rowH = 30, top = 62;
    const cx = W - 10 - boxW;
    const height = Math.max(parentRows.length, childRows.length, 3) * rowH + top + 20;
    const parts = [];
    const box = (x, title, sub) => {
      parts.push(`<rect class="proc" x="${x}" y="8" width="${boxW}" height="${height - 16}" rx="8"/>`);
      parts.push(`<text class="proc-title" x="${x + 12}" y="30">${esc(title)}</text>`);
      parts.push(`<text class="proc-sub" x="${x + 12}" y="48">${esc(sub)}</text>`);
    };
    const anchor = new Map(); // "p:3" -> {x, y}
    const drawRows = (list, x, side) => {
      list.forEach((r, i) => {
        const y = top + i * rowH;
        const label = `${r.e.fd}`;
        const name = r.names.join(" = ");
        parts.push(`<rect class="fd ${r.state}" x="${x + 8}" y="${y}" width="${boxW - 16}" height="${rowH - 6}" rx="4"/>`);
        const cls = r.state === "gone" ? " gone-text" : "";
        const target = r.state === "gone" ? w.gone : shortTarget(r.e);
        const room = 28 - label.length - (name ? name.length + 1 : 0);
        parts.push(`<text class="fd-text${cls}" x="${x + 16}" y="${y + 17}"><title>${esc(target)}</title>`
          + `<tspan class="fd-name">${esc(label)}</tspan>`
          + `${name ? ` <tspan class="fd-name">${esc(name)}</tspan>` : ""} ${esc(r.e.kind === "pipe" && target.length > room && r.state !== "gone" ? r.e.access : fitted(target, Math.max(room, 6)))}</text>`);
        if (r.state !== "gone" && r.e.kind === "pipe")
          anchor.set(`${side}:${r.e.fd}`, { x: side === "p" ? x + boxW - 8 : x + 8, y: y + (rowH - 6) / 2, e: r.e });
      });
    };
    box(10, w.parent, trace.events.length ? w.pid(trace.events[0].pid) : "");
    drawRows(parentRows, 10, "p");
    box(cx, w.child, forked ? w.pid(state.child_pid) : w.notForked);
    if (!forked && childRows.length === 0)
      parts.push(`<text class="none-yet" x="${cx + 12}" y="${top + 17}">${esc(w.notForked)}</text>`);
    drawRows(childRows, cx, "c");

    // One bar per pipe between the boxes, lines to every end that holds it.
    const pipes = new Map();
    for (const a of anchor.values()) {
      if (!pipes.has(a.e.inode)) pipes.set(a.e.inode, []);
      pipes.get(a.e.inode).push(a);
    }
    const bars = [...pipes.entries()].map(([inode, ends]) => ({ inode, ends, y: ends.reduce((s, a) => s + a.y, 0) / ends.length }));
    bars.sort((a, b) => a.y - b.y);
    let last = -Infinity;
    for (const b of bars) { b.y = Math.max(b.y, last + 34); last = b.y; }
    const left = 10 + boxW + 40;
    for (const b of bars) {
      const s = streams.get(b.inode) || "errpipe";
      // Bytes flow from the child when it holds a write end (stdout, stderr, the error pipe), else to it.
      const toRight = !b.ends.some((a) => a.x > W / 2 && a.e.access === "w");
      // A pipe only the parent holds (before the fork) reaches no further than the middle.
      const onlyParent = b.ends.every((a) => a.x < W / 2);
      const right = onlyParent ? (left + cx - 40) / 2 : cx - 40;
      parts.push(`<line class="pipe ${s}" x1="${left}" y1="${b.y}" x2="${right}" y2="${b.y}"/>`);
      const tip = toRight ? right : left, dir = toRight ? -1 : 1;
      parts.push(`<polygon class="pipe-body ${s}" points="${tip},${b.y} ${tip + dir * 10},${b.y - 6} ${tip + dir * 10},${b.y + 6}"/>`);
      parts.push(`<text class="pipe-label ${s}" x="${left + 4}" y="${b.y - 7}">${esc(w.stream[s])} pipe:[${b.inode}]</text>`);
      for (const a of b.ends) {
        const end = a.x < W / 2 ? left : right;
        parts.push(`<path class="pipe ${s}" d="M${a.x},${a.y} C${(a.x + end) / 2},${a.y} ${(a.x + end) / 2},${b.y} ${end},${b.y}"/>`);
        parts.push(`<circle class="${s}" cx="${a.x}" cy="${a.y}" r="4"/>`);
      }
    }
    const desc = `${w.parentFds}: ${fdList(parentRows)}. ${w.childFds}: ${forked ? fdList(childRows) : w.notForked}.`;
    return `<svg viewBox="0 0 ${W} ${Math.max(height, last + 20)}" role="img" aria-label="${esc(desc)}">${parts.join("")}</svg>`;
  }

  function fdList(list) {
    const live = list.filter((r) => r.state !== "gone");
    if (!live.length) return ui[lang].none;
    return live.map((r) => `${r.e.fd}${r.names.length ? ` (${r.names.join(", ")})` : ""} ${shortTarget(r.e)}`).join("; ");
  }

  function table(el, list, w) {
    const head = `<tr><th scope="col">${w.fd}</th><th scope="col">${w.name}</th><th scope="col">${w.target}</th>`
      + `<th scope="col">${w.access}</th><th scope="col">${w.cloexec}</th></tr>`;
    const body = list.map((r) => `<tr class="${r.state}" data-fd="${r.e.fd}" data-state="${r.state || "open"}">`
      + `<td>${r.e.fd}</td><td>${esc(r.names.join(", "))}</td><td class="target">${esc(r.state === "gone" ? w.gone : r.e.target)}</td>`
      + `<td>${esc(r.e.access)}</td><td>${r.e.cloexec ? w.yes : w.no}</td></tr>`).join("");
    el.innerHTML = `<thead>${head}</thead><tbody>${body}</tbody>`;
  }

  function render() {
    const w = words();
    document.documentElement.lang = lang === "zh_CN" ? "zh-CN" : "en";
    document.body.classList.toggle("lesson", Boolean(lesson));
    document.documentElement.classList.toggle("lesson", Boolean(lesson));
    if (lesson) lesson.render(lang);
    for (const b of document.querySelectorAll("#languages button")) b.setAttribute("aria-pressed", String(b.dataset.lang === lang));
    // A lesson part without steps (a FIFO run) has nothing to replay.
    const replayed = Boolean(recording || trace);
    for (const el of [$("controls"), document.querySelector("main")]) el.hidden = !replayed;
    if (!replayed) {
      $("live").hidden = true;
      $("spec").textContent = "";
      return;
    }
    for (const id of ["reset", "back", "step"]) $(id).textContent = w[id];
    $("play").textContent = timer ? w.pause : w.play;
    $("play").setAttribute("aria-pressed", timer ? "true" : "false");
    $("back").disabled = index === 0;
    $("step").disabled = index === count - 1;
    $("keys").textContent = w.keys;
    if (recording) {
      const position = index > 0 ? w.position(index, count - 1) : w.before;
      $("position").textContent = position;
      $("status").textContent = recording.render(index, lang, position);
      return;
    }
    const state = states[index];
    const prev = index > 0 ? states[index - 1] : null;
    const total = planSteps.length;
    $("diagram-heading").textContent = w.diagram;
    $("diagram").setAttribute("aria-label", w.diagram);
    $("current-heading").textContent = w.current;
    $("plan-heading").textContent = w.plan;
    $("parent-heading").textContent = w.parentTable;
    $("child-heading").textContent = w.childTable;
    if (!lesson) $("footer").textContent = w.footer + (windows ? " " + w.lensModel : "");
    // The program by its name; the whole command line is in the tooltip.
    const argv = trace.spec.argv.map((a, i) => (i === 0 ? a.split("/").pop() : a));
    $("spec").textContent = `${argv.join(" ")}  stdin=${trace.spec.stdin} stdout=${trace.spec.stdout} stderr=${trace.spec.stderr}`;
    $("spec").title = trace.spec.argv.join(" ");

    const id = stateStepId(state);
    const position = state.position > 0 ? w.position(state.position, total) : w.before;
    $("position").textContent = position;
    const t = state.position > 0 ? stepText(id) : { call: w.beforeCall, explanation: w.beforeText };
    $("call").textContent = t.call;
    $("explanation").textContent = t.explanation;

    const names = namesByFd(state);
    const parentRows = rows(state.parent_fds, prev ? prev.parent_fds : [], false, names);
    const childRows = rows(state.child_fds || [], prev ? prev.child_fds || null : null, true, names);
    table($("parent-fds"), parentRows, w);
    table($("child-fds"), childRows, w);
    $("diagram").innerHTML = drawDiagram(state, prev, w);

    const current = planSteps.findIndex((s) => s.id === id);
    $("steps").innerHTML = planSteps.map((s, i) => {
      const st = stepText(s.id);
      const mark = state.position > 0 && i === current ? ' aria-current="step"' : "";
      return `<li${mark} class="${i < current ? "done" : ""}"><span class="actor">${esc(w.actor[s.actor] || s.actor)}</span><code>${esc(st.call)}</code></li>`;
    }).join("");
    // The current step stays in sight inside the list; the page itself does not move.
    const list = $("steps");
    const li = list.querySelector('[aria-current="step"]');
    if (li && (li.offsetTop < list.scrollTop || li.offsetTop + li.offsetHeight > list.scrollTop + list.clientHeight))
      list.scrollTop = li.offsetTop - list.clientHeight / 2;

    const forked = Array.isArray(state.child_fds);
    $("status").textContent = `${position}: ${t.call}. ${w.parentFds}: ${fdList(parentRows)}. `
      + `${w.childFds}: ${forked ? fdList(childRows) : w.notForked}.`;
    renderLive(w);
  }

  // A number of bytes the way a person reads it.
  function size(n) {
    if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)} MiB`;
    if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
    return `${n} B`;
  }

  // The live run, when the trace has one: its verdict line, how it ended, and a timeline of the bytes moved on each
  // stream (top) and how full each pipe was (bottom), the time it was stuck shaded.
  function renderLive(w) {
    const live = trace.live;
    // A lesson's Live question is answered before its run's verdict shows.
    if (!live || (lesson && lesson.hidesLive())) {
      $("live").hidden = true;
      return;
    }
    $("live").hidden = false;
    $("live-heading").textContent = w.live;
    const said = appTexts().live || {};
    $("live-verdict").textContent = said.verdict || "";
    $("live-verdict").className = live.deadlock_since !== null && live.deadlock_since !== undefined ? "deadlock" : "";
    $("live-end").textContent = said.end || "";
    const pts = live.points;
    const names = ["stdin", "stdout", "stderr"];
    const W = 760, H = 280, L = 70, R = 12, top1 = 14, h1 = 130, top2 = 176, h2 = 80;
    const t0 = pts.length ? pts[0][0] : 0;
    const t1 = Math.max(pts.length ? pts[pts.length - 1][0] : 0, t0 + 0.001);
    const x = (t) => L + ((t - t0) / (t1 - t0)) * (W - L - R);
    const maxBytes = Math.max(1, ...pts.map((p) => Math.max(p[1], p[2], p[3])));
    const parts = [];
    const since = live.deadlock_since;
    if (since !== null && since !== undefined) {
      const sx = Math.max(L, x(since));
      parts.push(`<rect class="stuck" x="${sx}" y="${top1}" width="${W - R - sx}" height="${top2 + h2 - top1}"/>`);
      parts.push(`<text class="stuck-text" x="${sx + 4}" y="${top1 + 14}">${esc(w.stuck)}</text>`);
    }
    for (const [y0, h] of [[top1, h1], [top2, h2]]) {
      parts.push(`<line class="axis" x1="${L}" y1="${y0 + h}" x2="${W - R}" y2="${y0 + h}"/>`);
      parts.push(`<line class="axis" x1="${L}" y1="${y0}" x2="${L}" y2="${y0 + h}"/>`);
    }
    parts.push(`<text class="axis-text" x="${L - 4}" y="${top1 + 10}" text-anchor="end">${esc(size(maxBytes))}</text>`);
    parts.push(`<text class="axis-text" x="${L - 4}" y="${top1 + h1}" text-anchor="end">0</text>`);
    parts.push(`<text class="axis-text" x="4" y="${top1 + h1 / 2}">${esc(w.liveBytes)}</text>`);
    parts.push(`<text class="axis-text" x="${L - 4}" y="${top2 + 10}" text-anchor="end">100%</text>`);
    parts.push(`<text class="axis-text" x="${L - 4}" y="${top2 + h2}" text-anchor="end">0</text>`);
    parts.push(`<text class="axis-text" x="4" y="${top2 + h2 / 2}">${esc(w.liveFill)}</text>`);
    parts.push(`<text class="axis-text" x="${W - R}" y="${H - 4}" text-anchor="end">${(t1 - t0).toFixed(2)} ${esc(w.seconds)}</text>`);
    parts.push(`<text class="axis-text" x="${L}" y="${H - 4}">0 ${esc(w.seconds)}</text>`);
    const summary = [];
    names.forEach((s, k) => {
      const moved = pts.length ? pts[pts.length - 1][1 + k] : 0;
      const piped = trace.spec[s] === "pipe";
      if (!piped && moved === 0) return;
      const bytes = pts.map((p) => `${x(p[0]).toFixed(1)},${(top1 + h1 - (p[1 + k] / maxBytes) * h1).toFixed(1)}`);
      parts.push(`<polyline class="series ${s}" data-stream="${s}" points="${bytes.join(" ")}"><title>${esc(w.liveSeries[s])}</title></polyline>`);
      const filled = pts.filter((p) => p[4 + k] >= 0 && p[7 + k] > 0)
        .map((p) => `${x(p[0]).toFixed(1)},${(top2 + h2 - (p[4 + k] / p[7 + k]) * h2).toFixed(1)}`);
      if (filled.length)
        parts.push(`<polyline class="series ${s}" data-fill="${s}" points="${filled.join(" ")}"/>`);
      summary.push(`${w.liveSeries[s]} ${size(moved)}`);
    });
    const legend = names.filter((s) => summary.some((t) => t.startsWith(w.liveSeries[s])));
    legend.forEach((s, i) => {
      const lx = L + 10 + i * 170;
      parts.push(`<line class="series ${s}" x1="${lx}" y1="${top2 - 18}" x2="${lx + 24}" y2="${top2 - 18}"/>`);
      parts.push(`<text class="axis-text" x="${lx + 30}" y="${top2 - 14}">${esc(w.liveSeries[s])}</text>`);
    });
    const text = [w.liveSummary((t1 - t0).toFixed(2), summary.join(", ")), w.policy(live.policy)];
    if (since !== null && since !== undefined) text.push(w.stuckSince(since.toFixed(2)));
    $("live-summary").textContent = text.join(" ");
    $("live-plot").innerHTML = `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(text.join(" "))}">${parts.join("")}</svg>`;
  }

  function go(i) {
    const to = Math.min(Math.max(i, 0), count - 1);
    // A lesson's question stands before its step: stepping on waits for the answer.
    if (lesson && to > index && lesson.blocks()) {
      stop();
      render();
      lesson.focusQuestion();
      return;
    }
    index = to;
    render();
  }
  function stop() {
    if (timer) { clearInterval(timer); timer = null; }
  }
  function play() {
    if (timer) { stop(); render(); return; }
    if (index === count - 1) index = 0;
    timer = setInterval(() => {
      if (index >= count - 1) { stop(); render(); return; }
      go(index + 1);
    }, 1200);
    render();
  }

  $("step").addEventListener("click", () => { stop(); go(index + 1); });
  $("back").addEventListener("click", () => { stop(); go(index - 1); });
  $("reset").addEventListener("click", () => { stop(); go(0); });
  $("play").addEventListener("click", play);
  for (const b of document.querySelectorAll("#languages button"))
    b.addEventListener("click", () => { lang = b.dataset.lang; render(); });
  document.addEventListener("keydown", (ev) => {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    // Typing an answer is not a step, and Space on a lesson's button (an answer, the next part) presses it.
    if (ev.target instanceof Element && (ev.target.closest("input, textarea, select")
      || (ev.key === " " && ev.target.closest("#lesson button")))) return;
    const actions = { ArrowRight: () => $("step").click(), ArrowLeft: () => $("back").click(), " ": play,
      r: () => $("reset").click(), R: () => $("reset").click() };
    const action = actions[ev.key];
    if (!action) return;
    ev.preventDefault();
    action();
  });
  if (doc.format === "pipescope-lesson-run") {
    lesson = pipescopeLessonView(doc, $, esc, {
      load: (t) => load(t, 0), states: () => states, index: () => index, count: () => count,
      go: (i) => { index = Math.min(Math.max(i, 0), count - 1); render(); }, render: () => render(),
      callOf: (id) => stepText(id).call,
    });
    lesson.showPart(0);
  } else {
    load(recording ? null : doc, texts.start);
  }
}());
