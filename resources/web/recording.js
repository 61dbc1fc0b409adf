// SPDX-License-Identifier: GPL-3.0-or-later
// The browser replay of a recording of a real program (Watch a Program, pipescope-trace watch): every process the
// program started and the pipe ends each one held after each recorded call, drawn the way the window's Watch page
// draws them: a column per depth of the process tree, a row per pipe end, an arrow from every write end to every
// read end of the same pipe. The application wrote each moment's state (the page rebuilds nothing) and each call's
// texts in both languages; page.js does the stepping, the keys and the language switch.
"use strict";

function pipescopeRecordingView(trace, texts, data, $, esc) {
  const words = {
    en: {
      diagram: "Processes and pipes", current: "Current call", list: "The recorded calls",
      beforeCall: (p) => `${p} is about to start`,
      beforeText: "Nothing has run yet. Press Step (→) to see the first call the program really made.",
      fd: "fd", end: "end", pipe: "pipe", name: "Popen name", read: "read end", write: "write end",
      noEnds: "no pipe ends", holds: "Pipe ends held", none: "(none)",
      footer: "Exported from PipeScope. Every call, fd and pipe is what the real program did, recorded with ptrace.",
    },
    zh_CN: {
      diagram: "进程与管道", current: "当前调用", list: "记录下的调用",
      beforeCall: (p) => `即将启动 ${p}`,
      beforeText: "还什么都没有运行。按“单步”（→）查看程序真实发出的第一个调用。",
      fd: "fd", end: "端", pipe: "管道", name: "Popen 名称", read: "读端", write: "写端",
      noEnds: "没有管道端", holds: "持有的管道端", none: "（无）",
      footer: "由 PipeScope 导出。每个调用、fd 和管道都是真实程序所做的，用 ptrace 记录。",
    },
  };
  const events = trace.events;
  // Distinct hues that stay apart for the common colour-vision deficiencies (Okabe–Ito), as in the window.
  const colours = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000"];
  const pipeIndex = new Map(trace.pipes.map((p, i) => [p.inode, i]));
  const colour = (inode) => colours[(pipeIndex.get(inode) || 0) % colours.length];
  const said = (lang) => texts.languages[lang] || texts.languages.en;

  // "python3 parent.py": the program's file name and its arguments, a script by its file name.
  function program(argv) {
    if (!argv || !argv.length) return "?";
    const base = (a) => a.split("/").pop();
    return [base(argv[0]), ...argv.slice(1).map((a) => (a.startsWith("/") ? base(a) : a))].join(" ");
  }
  function exitText(lang, exit) {
    return exit ? said(lang).exits[`${exit.signaled ? 1 : 0}:${exit.code}`] || "" : "";
  }
  function endText(w, e) {
    return `${w.fd} ${e.fd} ${e.write ? w.write : w.read}${e.popen ? ` ${e.popen}` : ""}`;
  }

  // The state after `index` calls (0: before the first).
  const stateAt = (index) => data.states[data.at[Math.min(index, data.at.length - 1)]];

  function drawDiagram(state, focusPid, w, lang) {
    const boxW = 330, titleH = 34, rowH = 26, colGap = 120, rowGap = 26, margin = 70;
    const boxes = new Map();
    const depth = new Map();
    const columnBottom = [];
    for (const p of state.processes) {
      const d = depth.has(p.ppid) ? depth.get(p.ppid) + 1 : 0;
      depth.set(p.pid, d);
      while (columnBottom.length <= d) columnBottom.push(margin);
      // A child starts no higher than its parent, so that a parent and its children read left to right.
      let top = columnBottom[d];
      if (boxes.has(p.ppid)) top = Math.max(top, boxes.get(p.ppid).y);
      const h = titleH + rowH * Math.max(p.ends.length, 1) + 8;
      boxes.set(p.pid, { x: margin + d * (boxW + colGap), y: top, w: boxW, h, p });
      columnBottom[d] = top + h + rowGap;
    }
    let right = boxW + 2 * margin, bottom = 100;
    for (const b of boxes.values()) {
      right = Math.max(right, b.x + b.w + margin);
      bottom = Math.max(bottom, b.y + b.h + margin);
    }
    const anchor = (pid, fd) => {
      const b = boxes.get(pid);
      const i = b.p.ends.findIndex((e) => e.fd === fd);
      const e = b.p.ends[i];
      return { x: e.write ? b.x + b.w : b.x, y: b.y + titleH + rowH * i + rowH / 2 };
    };
    const parts = [];
    for (const b of boxes.values()) {
      const p = b.p;
      const focus = p.pid === focusPid;
      parts.push(`<g class="process${p.ended ? " ended" : ""}${focus ? " focus" : ""}" data-pid="${p.pid}">`);
      parts.push(`<rect class="proc" x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="8"/>`);
      let title = `${p.pid}  ${program(p.argv)}`;
      if (p.ended && p.exit) title += `  (${exitText(lang, p.exit)})`;
      parts.push(`<text class="proc-title" x="${b.x + 10}" y="${b.y + 23}"><title>${esc(p.argv.join(" "))}</title>`
        + `${esc(title.length > 38 ? `${title.slice(0, 37)}…` : title)}</text>`);
      if (!p.ends.length)
        parts.push(`<text class="none-yet" x="${b.x + 14}" y="${b.y + titleH + 17}">${esc(w.noEnds)}</text>`);
      p.ends.forEach((e, i) => {
        const y = b.y + titleH + rowH * i;
        const c = colour(e.inode);
        parts.push(`<rect class="end-mark" x="${e.write ? b.x + b.w - 18 : b.x + 10}" y="${y + 4}" width="8" height="${rowH - 8}" fill="${c}"/>`);
        const x = e.write ? b.x + b.w - 24 : b.x + 24;
        parts.push(`<text class="fd-text" data-fd="${e.fd}" data-inode="${e.inode}" x="${x}" y="${y + 17}" text-anchor="${e.write ? "end" : "start"}">`
          + `<title>pipe:[${e.inode}]</title>${esc(endText(w, e))}</text>`);
      });
      parts.push("</g>");
    }
    // Every write end to every read end of the same pipe; an end whose other end no recorded process holds gets a
    // dashed stub.
    const connected = new Set();
    const head = (x, y, c) => `<polygon points="${x},${y} ${x - 14},${y - 7} ${x - 14},${y + 7}" fill="${c}"/>`;
    for (const wp of state.processes) for (const we of wp.ends) {
      if (!we.write) continue;
      for (const rp of state.processes) for (const re of rp.ends) {
        if (re.write || re.inode !== we.inode) continue;
        connected.add(`${wp.pid}:${we.fd}`).add(`${rp.pid}:${re.fd}`);
        const from = anchor(wp.pid, we.fd), to = anchor(rp.pid, re.fd);
        const c = colour(we.inode);
        let d;
        if (wp.pid === rp.pid || to.x <= from.x) {
          // Back to its own box or to a box on the left: around, below the boxes.
          const below = Math.max(boxes.get(wp.pid).y + boxes.get(wp.pid).h, boxes.get(rp.pid).y + boxes.get(rp.pid).h) + 10;
          d = `M${from.x},${from.y} C${from.x + 40},${from.y} ${from.x + 40},${below} ${from.x},${below} L${to.x},${below} `
            + `C${to.x - 40},${below} ${to.x - 40},${to.y} ${to.x},${to.y}`;
          bottom = Math.max(bottom, below + 20);
        } else {
          const bend = Math.max(60, (to.x - from.x) / 2);
          d = `M${from.x},${from.y} C${from.x + bend},${from.y} ${to.x - bend},${to.y} ${to.x},${to.y}`;
        }
        parts.push(`<path class="arrow" data-inode="${we.inode}" d="${d}" stroke="${c}"/>${head(to.x, to.y, c)}`);
      }
    }
    for (const p of state.processes) for (const e of p.ends) {
      if (connected.has(`${p.pid}:${e.fd}`)) continue;
      const a = anchor(p.pid, e.fd), c = colour(e.inode);
      parts.push(e.write
        ? `<line class="stub" x1="${a.x}" y1="${a.y}" x2="${a.x + 44}" y2="${a.y}" stroke="${c}"/>${head(a.x + 58, a.y, c)}`
        : `<line class="stub" x1="${a.x - 58}" y1="${a.y}" x2="${a.x - 14}" y2="${a.y}" stroke="${c}"/>${head(a.x, a.y, c)}`);
    }
    // Never drawn smaller than three quarters of its size, so that its words stay readable: a wide tree scrolls
    // sideways inside its panel instead.
    return `<svg class="recording" viewBox="0 0 ${right} ${bottom}" style="min-width: ${Math.round(right * 0.75)}px" `
      + `role="img" aria-label="${esc(describe(state, w, lang))}">${parts.join("")}</svg>`;
  }

  // Everything the diagram shows, for a screen reader: each process and the pipe ends it holds.
  function describe(state, w, lang) {
    return state.processes.map((p) => {
      const ended = p.ended && p.exit ? ` (${exitText(lang, p.exit)})` : "";
      const ends = p.ends.length ? p.ends.map((e) => `${endText(w, e)} pipe:[${e.inode}]`).join(", ") : w.none;
      return `${p.pid} ${program(p.argv)}${ended}: ${ends}`;
    }).join(". ");
  }

  function tables(state, w, lang) {
    const head = `<tr><th scope="col">${w.fd}</th><th scope="col">${w.end}</th><th scope="col">${w.pipe}</th>`
      + `<th scope="col">${w.name}</th></tr>`;
    return state.processes.map((p) => {
      const rows = p.ends.map((e) => `<tr data-fd="${e.fd}" data-inode="${e.inode}"><td>${e.fd}</td>`
        + `<td>${e.write ? w.write : w.read}</td><td class="target">pipe:[${e.inode}]</td><td>${esc(e.popen)}</td></tr>`).join("");
      const ended = p.ended && p.exit ? ` (${esc(exitText(lang, p.exit))})` : "";
      return `<div><h2>${p.pid} ${esc(program(p.argv))}${ended}</h2>`
        + `<table class="ends" data-pid="${p.pid}" aria-label="${esc(`${p.pid} ${program(p.argv)}: ${w.holds}`)}">`
        + `<thead>${head}</thead><tbody>${rows}</tbody></table></div>`;
    }).join("");
  }

  // The step list is long (every call): built once per language, then only its mark moves.
  let listLang = null;
  function list(index, lang) {
    const el = $("steps");
    if (listLang !== lang) {
      const s = said(lang).events;
      el.innerHTML = events.map((e, i) => `<li><span class="actor">${e.pid}</span><code>${esc(s[i][0])}</code></li>`).join("");
      listLang = lang;
    }
    const items = el.children;
    for (let i = 0; i < items.length; i++) {
      const current = i === index - 1;
      if (current) items[i].setAttribute("aria-current", "step");
      else items[i].removeAttribute("aria-current");
      items[i].className = i < index - 1 ? "done" : "";
    }
    const li = items[index - 1];
    if (li && (li.offsetTop < el.scrollTop || li.offsetTop + li.offsetHeight > el.scrollTop + el.clientHeight))
      el.scrollTop = li.offsetTop - el.clientHeight / 2;
  }

  return {
    count: events.length + 1,
    start: Math.min(Math.max(texts.start || 0, 0), events.length),
    // Fills the diagram, the current call, the tables and the list for the moment after `index` calls; returns the
    // line for the live region.
    render(index, lang, position) {
      const w = words[lang] || words.en;
      const state = stateAt(index);
      const event = index > 0 ? events[index - 1] : null;
      $("spec").textContent = program(trace.argv);
      $("spec").title = trace.argv.join(" ");
      $("diagram-heading").textContent = w.diagram;
      $("diagram").setAttribute("aria-label", w.diagram);
      $("current-heading").textContent = w.current;
      $("plan-heading").textContent = w.list;
      $("footer").textContent = w.footer;
      const [call, explanation] = event ? said(lang).events[index - 1] : [w.beforeCall(program(trace.argv)), w.beforeText];
      $("call").textContent = event ? `${event.pid}  ${call}` : call;
      $("explanation").textContent = explanation;
      $("diagram").innerHTML = drawDiagram(state, event ? event.pid : 0, w, lang);
      $("tables").innerHTML = tables(state, w, lang);
      list(index, lang);
      return `${position}: ${$("call").textContent}. ${describe(state, w, lang)}.`;
    },
  };
}
