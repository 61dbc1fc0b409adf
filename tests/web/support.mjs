// SPDX-License-Identifier: GPL-3.0-or-later
// What the browser tests share: their arguments, their checks, the system's headless Chromium, and a look at a
// screenshot's pixels (is something drawn there, in colour).
import puppeteer from "puppeteer-core";

// --name=value arguments, as an object.
export function parseArgs(argv) {
  return Object.fromEntries(argv.map((a) => {
    const m = /^--([^=]+)=(.*)$/.exec(a);
    if (!m) throw new Error(`unknown argument ${a}`);
    return [m[1], m[2]];
  }));
}

// check() and equal(), counting; summary() prints the count and gives the exit status.
export function makeChecks(name) {
  let failures = 0;
  let checks = 0;
  const check = (ok, what) => {
    checks++;
    if (!ok) {
      failures++;
      console.error(`FAIL: ${what}`);
    }
  };
  const equal = (actual, expected, what) => {
    const same = JSON.stringify(actual) === JSON.stringify(expected);
    check(same, `${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  };
  const summary = () => {
    console.log(`${name}: ${checks - failures} passed, ${failures} failed`);
    return failures ? 1 : 0;
  };
  return { check, equal, summary };
}

export function launchBrowser(chromium) {
  return puppeteer.launch({
    executablePath: chromium, headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync",
      "--disable-component-update", "--disable-default-apps"],
  });
}

// What a page asks for and what goes wrong in it: every URL it requested, every page error and console error.
export function watchPage(page) {
  const seen = { requests: [], errors: [] };
  page.on("request", (r) => seen.requests.push(r.url()));
  page.on("pageerror", (e) => seen.errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") seen.errors.push(m.text()); });
  return seen;
}

// A PNG's distinct colours (4 bits a channel), its share of ink, and its pixels of the stdin blue and stdout green.
export async function analysePng(browser, png) {
  const probe = await browser.newPage();
  const result = await probe.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width; c.height = img.height;
    const g = c.getContext("2d");
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set();
    let ink = 0, blue = 0, green = 0;
    for (let i = 0; i < d.length; i += 4) {
      const [r, gg, b] = [d[i], d[i + 1], d[i + 2]];
      colours.add(((r >> 4) << 8) | ((gg >> 4) << 4) | (b >> 4));
      if (r + gg + b < 600) ink++;
      if (b > 150 && r < 80 && gg > 80 && gg < 140) blue++;
      if (gg > 110 && r < 60 && b < 90) green++;
    }
    return { width: c.width, height: c.height, colours: colours.size, ink: ink / (d.length / 4), blue, green };
  }, png.toString("base64"));
  await probe.close();
  return result;
}
