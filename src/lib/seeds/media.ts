// The images a story shows, checked before anything is drawn: a file under the seeds folder's media/ (named
// relative to the article, "media/photo.jpg") or an https URL, fetched once into the media cache and served
// from the site's own origin like any other, so no page ever loads from another origin. Only raster images
// (JPEG, PNG, WebP, AVIF, GIF) are taken, by their bytes, not their names: an SVG can carry script.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { get } from "node:https";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Problem } from "../errors";

/** An image as an input names it: where, and its words. */
export interface MediaInput {
  key: string;
  src: string;
  alt: string;
  /** "line 12" or an event's id, for problems. */
  where: string;
  /** The field a problem names ("media.url"), when the image is a record's. */
  field?: string;
}

/** An image the site can show, or one it could not get. */
export interface Media {
  key: string;
  alt: string;
  /** The image file, relative to the project root: under the seeds folder, or in the media cache. */
  file?: string;
  /** For a remote image, the address it was fetched from (the credit's link when it could not be). */
  url?: string;
  /** Why a remote image could not be had; the page shows a link instead. */
  missing?: string;
}

/** Where fetched images are kept between builds: MEDIA_CACHE_DIR, else .media-cache/ at the root. */
export const mediaCacheDir = (root: string) => resolve(root, process.env.MEDIA_CACHE_DIR ?? ".media-cache");

/** A remote image's name in the cache: the hash of its URL. */
const cacheName = (url: string) => createHash("sha256").update(url).digest("hex").slice(0, 24);

const FORMATS: { ext: string; test: (b: Buffer) => boolean }[] = [
  { ext: "jpg", test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { ext: "png", test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { ext: "gif", test: (b) => b.subarray(0, 4).toString("latin1") === "GIF8" },
  {
    ext: "webp",
    test: (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
  },
  {
    ext: "avif",
    test: (b) => b.subarray(4, 8).toString("latin1") === "ftyp" && /avi[fs]/.test(b.subarray(8, 12).toString("latin1")),
  },
];

/** The image format of some bytes ("jpg", "png", …), or undefined when they are not a raster image we take. */
export function imageFormat(bytes: Buffer): string | undefined {
  return FORMATS.find((f) => f.test(bytes))?.ext;
}

const EXTENSIONS = FORMATS.map((f) => f.ext);

/** The cached file of a remote image, if it was fetched before. */
export function cachedFile(cacheDir: string, url: string): string | undefined {
  const name = cacheName(url);
  return EXTENSIONS.map((ext) => join(cacheDir, `${name}.${ext}`)).find((p) => existsSync(p));
}

export interface ResolveContext {
  /** The file the images are named in, relative to the root (for problems). */
  file: string;
  seedsDir: string;
  root: string;
  cacheDir: string;
}

/**
 * Checks a list of images: local files must be raster images inside the seeds folder's media/, remote ones
 * https; every image needs alt text. Remote images not yet in the cache are `pending`: fetch them
 * (fetchRemote), then resolve again. Returns what can be shown, with a problem for every bad one.
 */
export function resolveMedia(
  inputs: readonly MediaInput[],
  ctx: ResolveContext,
): { media: Media[]; problems: Problem[]; pending: string[] } {
  const media: Media[] = [];
  const problems: Problem[] = [];
  const pending: string[] = [];
  const rel = (p: string) => relative(ctx.root, p).split(sep).join("/");
  const mediaDir = join(ctx.seedsDir, "media");
  for (const input of inputs) {
    const problem = (message: string) =>
      problems.push({
        file: ctx.file,
        ...(input.where ? { record: input.where } : {}),
        field: input.field ?? "image",
        message,
      });
    const src = input.src.trim();
    if (!input.alt.trim()) {
      problem(`"${src}" needs alt text: say what the image shows, for readers who cannot see it`);
      continue;
    }
    if (/^https:\/\//i.test(src)) {
      let url: string;
      try {
        url = new URL(src).href;
      } catch {
        problem(`"${src}" is not a URL`);
        continue;
      }
      const cached = cachedFile(ctx.cacheDir, url);
      if (cached) media.push({ key: input.key, alt: input.alt.trim(), file: rel(cached), url });
      else pending.push(url);
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(src)) {
      problem(`"${src}" is not an image the site can show: give a file under media/ or an https URL`);
      continue;
    }
    const path = resolve(ctx.seedsDir, src);
    if (isAbsolute(src) || !path.startsWith(mediaDir + sep)) {
      problem(`"${src}" must be a file in the seeds folder's media/ folder, named like media/photo.jpg`);
      continue;
    }
    if (!existsSync(path)) {
      problem(`"${src}" is not there: put the image at ${rel(path)}, or correct its name`);
      continue;
    }
    const format = imageFormat(readFileSync(path).subarray(0, 16));
    if (!format) {
      problem(
        `"${src}" is not a JPEG, PNG, WebP, AVIF or GIF image (SVG is not taken: it can carry script); export it as one of those`,
      );
      continue;
    }
    media.push({ key: input.key, alt: input.alt.trim(), file: rel(path) });
  }
  return { media, problems, pending };
}

/** The largest remote image taken, in bytes. */
export const MAX_REMOTE_BYTES = 20_000_000;

export interface FetchOptions {
  /** Certificate authorities to trust besides the system's (tests stand in a local server for the other origin). */
  ca?: string | Buffer;
  timeoutMs?: number;
}

/** Fetches one https image, following up to five https redirects; resolves to its bytes or throws why not. */
function fetchImage(url: string, options: FetchOptions, redirects = 5): Promise<Buffer> {
  return new Promise((done, fail) => {
    const request = get(
      url,
      { ...(options.ca ? { ca: options.ca } : {}), timeout: options.timeoutMs ?? 15_000 },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          const next = new URL(res.headers.location, url);
          if (next.protocol !== "https:")
            return fail(new Error(`it redirects to ${next.protocol} (only https is fetched)`));
          if (redirects === 0) return fail(new Error("it redirects too many times"));
          fetchImage(next.href, options, redirects - 1).then(done, fail);
          return;
        }
        if (status !== 200) {
          res.resume();
          return fail(new Error(`the server answered ${status}`));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_REMOTE_BYTES) {
            request.destroy(new Error(`it is larger than ${MAX_REMOTE_BYTES / 1e6} MB`));
            return;
          }
          chunks.push(chunk);
        });
        res.on("end", () => done(Buffer.concat(chunks)));
        res.on("error", fail);
      },
    );
    request.on("timeout", () => request.destroy(new Error("the server did not answer in time")));
    request.on("error", fail);
  });
}

/**
 * Fetches remote images into the cache, a few at a time. Returns why each one that failed could not be had;
 * failures are not cached, so the next build tries again.
 */
export async function fetchRemote(
  urls: readonly string[],
  cacheDir: string,
  options: FetchOptions = {},
): Promise<Map<string, string>> {
  const failed = new Map<string, string>();
  const queue = [...new Set(urls)];
  mkdirSync(cacheDir, { recursive: true });
  const worker = async () => {
    for (let url = queue.shift(); url; url = queue.shift()) {
      try {
        const bytes = await fetchImage(url, options);
        const format = imageFormat(bytes.subarray(0, 16));
        if (!format) throw new Error("what it sent is not a JPEG, PNG, WebP, AVIF or GIF image");
        const target = join(cacheDir, `${cacheName(url)}.${format}`);
        writeFileSync(`${target}.part`, bytes);
        renameSync(`${target}.part`, target);
      } catch (error) {
        failed.set(url, (error as Error).message);
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return failed;
}

const IMAGE_PATH = /\.(?:jpe?g|png|gif|webp|avif)$/i;

/** Who serves a link, as a reader knows them: "YouTube", "Wikipedia", "a PDF", else the site's name. */
export function providerOf(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return "a link";
  }
  const host = u.hostname.replace(/^(www|m|en|play|open)\./, "");
  const path = u.pathname.toLowerCase();
  if (path.endsWith(".pdf")) return "a PDF";
  if (/\.(mp3|wav|ogg|m4a)$/.test(path)) return "an audio file";
  if (/\.(mp4|webm|mov)$/.test(path)) return "a video file";
  const known: [RegExp, string][] = [
    [/(^|\.)youtube\.com$|^youtu\.be$/, "YouTube"],
    [/(^|\.)vimeo\.com$/, "Vimeo"],
    [/(^|\.)dailymotion\.com$/, "Dailymotion"],
    [/(^|\.)tiktok\.com$/, "TikTok"],
    [/^(twitter|x)\.com$/, "X (Twitter)"],
    [/^bsky\.app$/, "Bluesky"],
    [/(^|\.)instagram\.com$/, "Instagram"],
    [/(^|\.)soundcloud\.com$/, "SoundCloud"],
    [/(^|\.)spotify\.com$/, "Spotify"],
    [/(^|\.)wikipedia\.org$/, "Wikipedia"],
    [/(^|\.)wikimedia\.org$/, "Wikimedia Commons"],
    [/^google\.[a-z.]+$/, path.startsWith("/maps") ? "Google Maps" : "Google"],
    [/^docs\.google\.com$/, "Google Docs"],
    [/^drive\.google\.com$/, "Google Drive"],
    [/(^|\.)documentcloud\.org$/, "DocumentCloud"],
    [/(^|\.)flickr\.com$|^flic\.kr$/, "Flickr"],
    [/(^|\.)imgur\.com$/, "Imgur"],
    [/(^|\.)wistia\.com$/, "Wistia"],
  ];
  return known.find(([test]) => test.test(host))?.[1] ?? host;
}

/**
 * What a media address is: an image the site can serve (a file under media/, or an https address of an image
 * file), or a link to something shown elsewhere (a video, a post, a page, a document).
 */
export function mediaKind(url: string): "image" | "link" {
  const src = url.trim();
  if (!/^[a-z][a-z0-9+.-]*:/i.test(src)) return "image";
  try {
    const u = new URL(src);
    return u.protocol === "https:" && (IMAGE_PATH.test(u.pathname) || u.hostname === "upload.wikimedia.org")
      ? "image"
      : "link";
  } catch {
    return "link";
  }
}
