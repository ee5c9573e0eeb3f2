// The production build's Eleventy, on a worker thread started by eleventyThread.ts. A thread of
// its own lets the content be checked and Pagefind be fed at the same time, and when it ends, the
// memory Eleventy held goes with it, before Pagefind writes its index.
import path from "node:path";
import { parentPort, receiveMessageOnPort, workerData } from "node:worker_threads";
import Eleventy from "@11ty/eleventy";
import type { Content } from "../content/loadContent.ts";
import type { SiteData } from "../content/siteData.ts";
import { paths } from "../projectPaths.ts";
import { describeFailure } from "../workers/startWorker.ts";
import { batchPages } from "../search/pageBatches.ts";
import { searchFeed } from "../search/searchIndexPlugin.ts";
import { contentState } from "./contentState.ts";
import { checkForTextMadeAheadWith, keepTextMadeAhead } from "./textMadeAhead.ts";
import type { EleventyThreadData, FromEleventyThread, ToEleventyThread } from "./eleventyThread.ts";

if (!parentPort) throw new Error("eleventyWorker.ts runs only as a worker thread: see eleventyThread.ts.");
const port = parentPort;
const { outputDir, contentPort, sendPages } = workerData as EleventyThreadData;
const send = (message: FromEleventyThread) => port.postMessage(message);

let giveSiteData: (siteData: SiteData) => void = () => undefined;
let giveContent: (content: Content) => void = () => undefined;
contentState.supplied = {
  siteData: new Promise((resolve) => (giveSiteData = resolve)),
  content: new Promise((resolve) => (giveContent = resolve)),
};
let content: Content | undefined;
const receive = (message: ToEleventyThread) => {
  if (message.type === "siteData") giveSiteData(message.siteData);
  else if (message.type === "content") giveContent((content = message.content));
  else if (content) keepTextMadeAhead(content.reviews, message.html);
};
contentPort.on("message", receive);
checkForTextMadeAheadWith(() => {
  const waiting = receiveMessageOnPort(contentPort);
  if (waiting) receive(waiting.message as ToEleventyThread);
});
const searchPages = batchPages((pages) => send({ type: "pages", pages }));
if (sendPages) searchFeed.send = searchPages.add;

try {
  const eleventy = new Eleventy(paths.input, outputDir, { configPath: path.join(paths.root, ".eleventy.ts"), quietMode: true });
  await eleventy.write();
  searchPages.flush();
  send({ type: "done" });
} catch (error) {
  send({ type: "failed", report: describeFailure(error) });
}
