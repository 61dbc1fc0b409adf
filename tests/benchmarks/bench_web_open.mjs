// SPDX-License-Identifier: GPL-3.0-or-later
// How fast the exported page opens and shows step 1 in the system's headless Chromium, against a baseline measured
// in the same run and the same browser: a page of a few bytes that answers the same key press. Each sample is a new
// tab; the median of --runs samples is printed, with the ratio to the baseline's. The goal is step 1 within 1 s.
//
//   node tests/benchmarks/bench_web_open.mjs --pipescope=build/release/app/gui/pipescope [--runs=9] [--smoke]
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

// puppeteer-core is installed by scripts/setup into tests/web.
const require = createRequire(new URL("../web/package.json", import.meta.url));
const puppeteer = require("puppeteer-core");

const args = Object.fromEntries(process.argv.slice(2).map((a) => {
  const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
  if (!m) throw new Error(`unknown argument ${a}`);
  return [m[1], m[2] ?? "1"];
}));
if (!args.pipescope) throw new Error("--pipescope=PATH is required");
const runs = args.smoke ? 1 : Number(args.runs || 9);
const dir = mkdtempSync(join(tmpdir(), "pipescope-bench-web-"));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  const pagePath = join(dir, "seed-demo.html");
  execFileSync(args.pipescope, [`--export-html=${pagePath}`, "--scenario=seed-demo", "--lang=en"], {
    env: { ...process.env, QT_QPA_PLATFORM: "offscreen" }, stdio: "inherit", timeout: 90_000,
  });
  const baselinePath = join(dir, "baseline.html");
  writeFileSync(baselinePath, `<!doctype html><p id="position">Before the first step</p><div id="diagram"><svg></svg></div>
<script>addEventListener("keydown", () => { document.getElementById("position").textContent = "Step 1 of 1"; });</script>`);

  const browser = await puppeteer.launch({
    executablePath: args.chromium || "/usr/bin/chromium", headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync",
      "--disable-component-update", "--disable-default-apps"],
  });
  // From the navigation to step 1 on the screen, in a new tab.
  const open = async (path) => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 720 });
    const started = performance.now();
    await page.goto(pathToFileURL(path).href, { waitUntil: "load" });
    await page.waitForSelector("#diagram svg");
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => document.getElementById("position").textContent.startsWith("Step 1 "));
    const took = performance.now() - started;
    await page.close();
    return took;
  };
  try {
    const page = [];
    const baseline = [];
    await open(baselinePath); // the browser's first tab pays for its own start
    for (let i = 0; i < runs; i++) {
      baseline.push(await open(baselinePath));
      page.push(await open(pagePath));
    }
    const p = median(page);
    const b = median(baseline);
    console.log(`exported seed page: step 1 shown in ${p.toFixed(0)} ms (median of ${runs}), goal <= 1000 ms`);
    console.log(`baseline page:      step 1 shown in ${b.toFixed(0)} ms; exported / baseline: ${(p / b).toFixed(2)}x`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
