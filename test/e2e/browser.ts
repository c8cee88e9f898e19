/** Test helper: launches Debian's headless Chromium through playwright-core. */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env.ZHKG_CHROMIUM ?? "/usr/bin/chromium";

/** True when the Chromium binary is installed (`apt-get install chromium`; .ci/run does it). */
export const hasChromium = existsSync(CHROMIUM);

/** A headless browser with the flags CI uses (sigma still gets WebGL from the software renderer). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

/**
 * Painted pixels per sigma layer of the network view (`{"sigma-nodes": n, …}`): the page
 * re-renders and copies each canvas in the same task, before WebGL clears its buffer.
 */
export const COUNT_NETWORK_PIXELS = `(() => {
  window.zhkgNetwork.renderer.refresh();
  const counts = {};
  for (const canvas of document.querySelectorAll("#network canvas")) {
    const copy = document.createElement("canvas");
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext("2d");
    ctx.drawImage(canvas, 0, 0);
    const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted += 1;
    counts[canvas.className] = painted;
  }
  return counts;
})()`;
