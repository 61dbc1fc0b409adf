// SPDX-License-Identifier: GPL-3.0-or-later
// The browser replay of a run of Popen's Windows branch under Wine (pipescope-trace.exe's "pipescope-win32-run"):
// after each Win32 call, the Parent/Child picture the window's Run on Windows (Wine) draws, with the real HANDLE
// values, both real handle tables and the call list. The application laid out each picture in each language (the
// page rebuilds nothing: Wine's tables have no object addresses, and the pipes are joined from the calls there);
// this file draws the shapes, and page.js does the stepping, the keys and the language switch.
"use strict";

function pipescopeWineRunView(trace, texts, data, $, esc) {
  const words = {
    en: {
      diagram: "Parent and child under Wine", current: "Current Win32 call", list: "The Win32 calls",
      beforeCall: "Popen(...) is about to run on Windows",
      beforeText: "Nothing has happened yet. Press Step (→) to see the first Win32 call of Popen's Windows branch.",
      parentTable: "Parent's handles", childTable: "Child's handles", noChild: "no child yet",
      handle: "handle", kind: "kind", inherit: "inheritable", role: "Popen name", yes: "yes", no: "",
      footer: "Exported from PipeScope. Every call, HANDLE value and handle table is what the real Windows processes "
        + "had under Wine; Windows gives other numbers but the same structure.",
    },
    zh_CN: {
      diagram: "Wine 下的父进程与子进程", current: "当前 Win32 调用", list: "Win32 调用",
      beforeCall: "即将在 Windows 上运行 Popen(...)",
      beforeText: "还什么都没有发生。按“单步”（→）查看 Popen 的 Windows 分支的第一个 Win32 调用。",
      parentTable: "父进程的句柄", childTable: "子进程的句柄", noChild: "还没有子进程",
      handle: "句柄", kind: "类型", inherit: "可继承", role: "Popen 名称", yes: "是", no: "",
      footer: "由 PipeScope 导出。每个调用、句柄值和句柄表都是 Wine 下真实 Windows 进程的状态；"
        + "Windows 给出的数字不同，但结构相同。",
    },
  };
  const said = (lang) => texts.languages[lang] || texts.languages.en;
  const layoutAt = (lang, index) => {
    const all = (data.layouts[lang] || data.layouts.en);
    return all[Math.min(index, all.length - 1)];
  };

  // One shape of the picture, as the window draws it (DiagramLayout's nodes: positions, words and colours).
  function shape(n) {
    const x = n.x, y = n.y, w = n.w, h = n.h;
    const text = (tx, ty, s, cls, anchor = "middle") =>
      `<text class="${cls}" x="${tx}" y="${ty}" text-anchor="${anchor}">${esc(s)}</text>`;
    switch (n.kind) {
      case "caption":
        return text(x + 10, y + 24, n.title, "w-caption", "start")
          + (n.subtitle ? text(x + 10, y + 44, n.subtitle, "w-caption-detail", "start") : "");
      case "process":
        return `<rect class="w-process" x="${x}" y="${y}" width="${w}" height="${h}" rx="12"/>`
          + text(x + 14, y + 32, n.title, "w-process-title", "start")
          + text(x + w - 12, y + 30, n.subtitle, "w-process-sub", "end")
          + (n.detail ? text(x + 14, y + h - 10, n.detail, "w-process-detail", "start") : "");
      case "socket": {
        const parent = n.side === "parent";
        const badgeW = Math.max(h - 4, 12 * n.title.length + 10);
        const bx = parent ? x + w - badgeW - 2 : x + 2;
        return `<g class="w-socket${n.crossed ? " crossed" : ""}" data-handle="${esc(n.title)}" data-side="${n.side}">`
          + `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="8" stroke="${n.color}"`
          + `${n.dashed ? ' stroke-dasharray="8 5"' : ""}/>`
          + `<rect class="w-badge" x="${bx}" y="${y + 2}" width="${badgeW}" height="${h - 4}" rx="${(h - 4) / 2}" fill="${n.color}"/>`
          + text(bx + badgeW / 2, y + h / 2 + 6, n.title, "w-badge-text")
          + text(parent ? x + 10 : x + badgeW + 12, y + h / 2 + 6, n.subtitle, "w-socket-name", "start")
          + (n.detail ? text(parent ? x + w - badgeW - 10 : x + w - 10, y + h / 2 + 6, n.detail, "w-socket-detail", "end") : "")
          + (n.crossed ? `<path class="w-cross" d="M${x + 6},${y + 6} L${x + w - 6},${y + h - 6} M${x + 6},${y + h - 6} L${x + w - 6},${y + 6}"/>` : "")
          + "</g>";
      }
      case "pipe": {
        const r = h / 2, inlet = n.inletLeft ? x : x + w, outlet = n.inletLeft ? x + w : x;
        const arrow = (ax, dir) => `<polygon points="${ax},${y + r} ${ax - 12 * dir},${y + r - 8} ${ax - 12 * dir},${y + r + 8}" fill="${n.color}"/>`;
        const dir = n.inletLeft ? 1 : -1;
        return `<g class="w-pipe" data-title="${esc(n.title)}">`
          + `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}" stroke="${n.color}" fill="${n.color}" fill-opacity="0.15"/>`
          + arrow(inlet + 24 * dir, dir) + arrow(outlet - 12 * dir, dir)
          + text(x + w / 2, y + r, n.title, "w-pipe-title") + text(x + w / 2, y + r + 18, n.subtitle, "w-pipe-sub")
          + text(inlet, y - 8, n.ends[0], "w-pipe-end", n.inletLeft ? "start" : "end")
          + text(outlet, y - 8, n.ends[1], "w-pipe-end", n.inletLeft ? "end" : "start")
          + "</g>";
      }
      case "terminal": case "file": case "devnull": case "other":
        return `<g class="w-target ${n.kind}"><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="4"/>`
          + text(x + w / 2, y + 22, n.title, "w-target-title") + text(x + w / 2, y + 40, n.subtitle, "w-target-sub")
          + "</g>";
      case "edge":
        return `<path class="w-edge" d="${n.path}" stroke="${n.color}"${n.dashed ? ' stroke-dasharray="8 5"' : ""}/>`;
      case "note":
        return text(x + 4, y + 18, n.title, n.subtitle === "small" ? "w-note-small" : "w-note", "start");
      default:
        return "";
    }
  }

  function drawDiagram(layout) {
    return `<svg class="winerun" viewBox="0 0 ${layout.w} ${layout.h}" role="img" aria-label="${esc(layout.spoken)}">`
      + layout.nodes.map(shape).join("") + "</svg>";
  }

  function tables(index, w) {
    const step = index > 0 ? trace.steps[index - 1] : null;
    const table = (entries, title, id) => {
      const head = `<tr><th scope="col">${w.handle}</th><th scope="col">${w.kind}</th><th scope="col">${w.inherit}</th>`
        + `<th scope="col">${w.role}</th></tr>`;
      const files = (entries || []).filter((e) => e.type === "File");
      const rows = files.map((e) => `<tr data-handle="${esc(e.handle)}"><td>${esc(e.handle)}</td>`
        + `<td>${esc(e.file_type || e.type)}</td><td>${e.inherit ? w.yes : w.no}</td><td>${esc(e.role || "")}</td></tr>`).join("");
      return `<div><h2>${esc(title)}</h2><table id="${id}" aria-label="${esc(title)}"><thead>${head}</thead>`
        + `<tbody>${rows}</tbody></table></div>`;
    };
    const parentEntries = step ? step.parent_table : trace.parent_table_before;
    const child = step && step.child_table;
    return table(parentEntries, w.parentTable, "parent-handles")
      + (child ? table(child, w.childTable, "child-handles") : `<div><h2>${esc(w.childTable)}</h2><p>${esc(w.noChild)}</p></div>`);
  }

  let listLang = null;
  function list(index, lang) {
    const el = $("steps");
    if (listLang !== lang) {
      el.innerHTML = said(lang).calls.map((c) => `<li><code>${esc(c)}</code></li>`).join("");
      listLang = lang;
    }
    const items = el.children;
    for (let i = 0; i < items.length; i++) {
      if (i === index - 1) items[i].setAttribute("aria-current", "step");
      else items[i].removeAttribute("aria-current");
      items[i].className = i < index - 1 ? "done" : "";
    }
  }

  return {
    count: trace.steps.length + 1,
    start: Math.min(Math.max(texts.start || 0, 0), trace.steps.length),
    render(index, lang, position) {
      const w = words[lang] || words.en;
      const layout = layoutAt(lang, index);
      $("spec").textContent = said(lang).title;
      $("diagram-heading").textContent = w.diagram;
      $("diagram").setAttribute("aria-label", w.diagram);
      $("current-heading").textContent = w.current;
      $("plan-heading").textContent = w.list;
      $("footer").textContent = w.footer;
      $("call").textContent = index > 0 ? said(lang).calls[index - 1] : w.beforeCall;
      $("explanation").textContent = index > 0 ? layout.explanation : w.beforeText;
      $("diagram").innerHTML = drawDiagram(layout);
      $("tables").innerHTML = tables(index, w);
      list(index, lang);
      return `${position}: ${$("call").textContent}. ${layout.spoken}`;
    },
  };
}
